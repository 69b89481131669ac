package se.ambassadorsportalen.brandplan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.platform.PortalException;

class PlanRecordTest {

    private static Map<String, Wording> texts(String sv, String en) {
        Map<String, Wording> texts = new LinkedHashMap<>();
        texts.put("sv", new Wording(sv, "Beskrivning", "Ett\nTvå"));
        texts.put("en", new Wording(en, null, null));
        return texts;
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            return e.field() + " " + e.key();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void aCodeIsMadeFromTheNameWithoutAccentsSpacesOrPunctuation() {
        assertThat(PlanRecord.codeFrom("Göra skillnad")).isEqualTo("GORA_SKILLNAD");
        assertThat(PlanRecord.codeFrom("  100 % nära! ")).isEqualTo("NARA");
        assertThat(PlanRecord.codeFrom("Åäö")).isEqualTo("AAO");
        assertThat(PlanRecord.codeFrom("!!!")).isEqualTo("RECORD");
        assertThat(PlanRecord.codeFrom("a".repeat(80))).hasSize(PlanRecord.CODE_MAX - 4);
    }

    @Test
    void renamingChangesEveryTextAndNeverTheCode() {
        BrandAssociation close = new BrandAssociation("CLOSE", 1, texts("Nära", "Close"));
        close.rename(texts("Nära dig", "Close to you"));
        PlanEntry entry = close.entry();
        assertThat(entry.code()).isEqualTo("CLOSE");
        assertThat(entry.name(Locale.ENGLISH)).isEqualTo("Close to you");
        assertThat(entry.name(Locale.forLanguageTag("sv"))).isEqualTo("Nära dig");
        assertThat(entry.wording(Locale.forLanguageTag("sv")).attributes()).isEqualTo("Ett\nTvå");
    }

    @Test
    void aLanguageWithoutTextFallsBackToSwedish() {
        Map<String, Wording> onlySwedish = new LinkedHashMap<>();
        onlySwedish.put("sv", new Wording("Nära", null, null));
        onlySwedish.put("en", new Wording(" ", "", null));
        PlanEntry entry = new BrandAssociation("CLOSE", 1, onlySwedish).entry();
        assertThat(entry.texts()).containsOnlyKeys("sv");
        assertThat(entry.name(Locale.ENGLISH)).isEqualTo("Nära");
        assertThat(entry.name(Locale.forLanguageTag("da"))).isEqualTo("Nära");
    }

    @Test
    void everyRecordNeedsASwedishNameAndTextsWithinTheirLimits() {
        assertThat(fieldOf(() -> new BrandAssociation("CLOSE", 1, texts(null, "Close"))))
                .isEqualTo("name_sv brandplan.name.required");
        assertThat(fieldOf(() -> new BrandAssociation("CLOSE", 1, Map.of())))
                .isEqualTo("name_sv brandplan.name.required");
        assertThat(fieldOf(() -> new BrandAssociation("CLOSE", 1, texts("Nära", "x".repeat(101)))))
                .isEqualTo("name_en brandplan.text.tooLong");
        Map<String, Wording> descriptionOnly = texts("Nära", null);
        descriptionOnly.put("en", new Wording(null, "Close to people", null));
        assertThat(fieldOf(() -> new BrandAssociation("CLOSE", 1, descriptionOnly)))
                .isEqualTo("name_en brandplan.name.required");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakAndABadCodeAreRefused() {
        Map<String, Wording> klingon = texts("Nära", "Close");
        klingon.put("tlh", new Wording("Qaq", null, null));
        assertThat(fieldOf(() -> new BrandAssociation("CLOSE", 1, klingon)))
                .isEqualTo("texts brandplan.language.unknown");
        assertThat(fieldOf(() -> new BrandAssociation("close to me", 1, texts("Nära", "Close"))))
                .isEqualTo("code brandplan.code.invalid");
    }

    @Test
    void aRetiredRecordCanBeRestored() {
        BrandAssociation close = new BrandAssociation("CLOSE", 1, texts("Nära", "Close"));
        close.retire();
        assertThat(close.entry().active()).isFalse();
        close.restore();
        assertThat(close.isActive()).isTrue();
    }

    @Test
    void subGroupsHangUnderAnActiveMainGroupOnly() {
        TargetGroup students = new TargetGroup("STUDENTS", null, 0, texts("Studenter", "Students"));
        TargetGroup pupils = new TargetGroup("PUPILS", students, 1, texts("Gymnasieelever", "Pupils"));
        assertThat(pupils.entry().parentCode()).isEqualTo("STUDENTS");
        assertThat(pupils.entry().isSubGroup()).isTrue();

        assertThatThrownBy(() -> new TargetGroup("FIRST_YEAR", pupils, 2, texts("Ettor", "First year")))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("brandplan.group.parentIsSubGroup");
        students.retire();
        assertThatThrownBy(() -> new TargetGroup("NURSES", students, 2, texts("Sjuksköterskestudenter", "Nurses")))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("brandplan.group.parentRetired");
    }
}

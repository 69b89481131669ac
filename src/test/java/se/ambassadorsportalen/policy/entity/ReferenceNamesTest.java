package se.ambassadorsportalen.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;

class ReferenceNamesTest {

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            return e.field() + " " + e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aMaterialTypeKeepsItsNamesTrimmedAndDropsTheBlankOnes() {
        Map<String, String> names = new HashMap<>(Map.of("sv", " Poddavsnitt ", "en", "  ", "da", "Podcast-afsnit"));

        MaterialType type = new MaterialType("PODCAST", names, false, 8);

        assertThat(type.getNames()).containsOnly(Map.entry("sv", "Poddavsnitt"), Map.entry("da", "Podcast-afsnit"));
        assertThat(type.name(Languages.DANISH)).isEqualTo("Podcast-afsnit");
        assertThat(type.summary().name(java.util.Locale.ENGLISH)).isEqualTo("Poddavsnitt");
    }

    @Test
    void aDanishOrganisationMayNameAChannelInDanishOnly() {
        Channel channel = new Channel("JOBNET", Map.of("da", "Jobnet"), 6);

        assertThat(channel.name(Languages.DEFAULT)).isEqualTo("Jobnet");
        assertThat(channel.summary().name(Languages.DANISH)).isEqualTo("Jobnet");
    }

    @Test
    void renamingReplacesEveryNameSoARemovedTranslationIsGone() {
        MaterialType type = new MaterialType("PODCAST", Map.of("sv", "Podd", "en", "Podcast"), false, 8);

        type.rename(Map.of("sv", "Poddavsnitt", "da", "Podcast-afsnit"));

        assertThat(type.getNames()).containsOnlyKeys("sv", "da");
    }

    @Test
    void aNameInNoLanguageATooLongOneOrAnUnknownLanguageIsRefusedAtItsField() {
        assertThat(refusal(() -> new MaterialType("PODCAST", Map.of("sv", " ", "en", ""), false, 8)))
                .isEqualTo("name_sv policy.materialType.name.required");
        assertThat(refusal(() -> new Channel("JOBNET", Map.of(), 6))).isEqualTo("name_sv policy.channel.name.required");
        assertThat(refusal(() -> new Channel("JOBNET", Map.of("da", "x".repeat(101)), 6)))
                .isEqualTo("name_da policy.name.tooLong");
        assertThat(refusal(() -> new Channel("JOBNET", Map.of("de", "Jobnetz"), 6)))
                .isEqualTo("names policy.name.language");
    }
}

package se.ambassadorsportalen.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;

class PolicyDocumentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final DocumentSettings SETTINGS = new DocumentSettings(
            DocumentType.POLICY, "Kommunikationschef", "Regionstyrelsen", true, LocalDate.of(2026, 4, 1));

    private static PolicyContent content(String title) {
        return new PolicyContent(title, null, "Vi kommunicerar sakligt.", null, LocalDate.of(2026, 1, 1), null, null);
    }

    private static PolicyDocument document() {
        return PolicyDocument.create(SETTINGS, null, content("Kommunikationspolicy"), "Klara", NOW);
    }

    private static Person eva() {
        return Person.employee("Eva", "Lindqvist", Unit.administration("HSF", "HSF"), "Sjuksköterska", "Älvstad");
    }

    private static String keyOf(Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            return e.field() + ":" + e.key();
        }
        throw new AssertionError("no PortalException");
    }

    @Test
    void newDocumentStartsAtVersionOnePointZero() {
        assertThat(document().current().number()).isEqualTo(new VersionNumber(1, 0));
    }

    @Test
    void publishingCreatesANewCurrentVersionAndKeepsTheEarlierOneReadable() {
        PolicyDocument document = document();

        PolicyVersion second =
                document.publish(VersionNumber.parse("1.1"), content("Kommunikationspolicy 2026"), "Klara", NOW);

        assertThat(document.current()).isSameAs(second);
        assertThat(document.getVersions()).hasSize(2);
        assertThat(document.version(new VersionNumber(1, 0))).get().satisfies(first -> {
            assertThat(first.isCurrent()).isFalse();
            assertThat(first.getTitleSv()).isEqualTo("Kommunikationspolicy");
        });
    }

    @Test
    void versionThatWouldGoBackwardsOrRepeatIsRefusedAtTheVersionField() {
        PolicyDocument document = document();
        document.publish(VersionNumber.parse("2.0"), content("Ny"), "Klara", NOW);

        assertThat(keyOf(() -> document.publish(VersionNumber.parse("1.5"), content("Bakåt"), "Klara", NOW)))
                .isEqualTo("versionNumber:policy.version.number.backwards");
        assertThat(keyOf(() -> document.publish(VersionNumber.parse("2.0"), content("Samma"), "Klara", NOW)))
                .isEqualTo("versionNumber:policy.version.number.backwards");
        assertThat(document.getVersions()).hasSize(2);
    }

    @Test
    void unreadableVersionNumberIsRefused() {
        assertThat(keyOf(() -> VersionNumber.parse("två"))).isEqualTo("versionNumber:policy.version.number.invalid");
        assertThat(keyOf(() -> VersionNumber.parse("0.3"))).isEqualTo("versionNumber:policy.version.number.invalid");
        assertThat(VersionNumber.parse(" 3 ")).isEqualTo(new VersionNumber(3, 0));
    }

    @Test
    void versionNumbersCompareByMajorThenMinor() {
        assertThat(VersionNumber.parse("1.10")).isGreaterThan(VersionNumber.parse("1.9"));
        assertThat(VersionNumber.parse("2.0")).isGreaterThan(VersionNumber.parse("1.10"));
        assertThat(VersionNumber.parse("2.0").isMajorStepFrom(VersionNumber.parse("1.4")))
                .isTrue();
        assertThat(VersionNumber.parse("1.5").isMajorStepFrom(VersionNumber.parse("1.4")))
                .isFalse();
        assertThat(VersionNumber.parse("1.4").nextMinor()).hasToString("1.5");
        assertThat(VersionNumber.parse("1.4").nextMajor()).hasToString("2.0");
    }

    @Test
    void emptyTitleOrBodyIsRefusedAtItsField() {
        assertThat(keyOf(() -> PolicyDocument.create(SETTINGS, null, content("  "), "Klara", NOW)))
                .isEqualTo("titleSv:policy.version.title.required");
        assertThat(keyOf(() -> PolicyDocument.create(
                        SETTINGS,
                        null,
                        new PolicyContent("Titel", null, " ", null, LocalDate.of(2026, 1, 1), null, null),
                        "Klara",
                        NOW)))
                .isEqualTo("bodySv:policy.version.body.required");
    }

    @Test
    void validUntilBeforeValidFromIsRefused() {
        PolicyContent backwards = new PolicyContent(
                "Titel", null, "Text", null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null);

        assertThat(keyOf(() -> PolicyDocument.create(SETTINGS, null, backwards, "Klara", NOW)))
                .isEqualTo("validUntil:policy.version.validUntil.beforeFrom");
    }

    @Test
    void englishTranslationNeedsBothTitleAndBody() {
        PolicyContent half = new PolicyContent("Titel", "Title", "Text", null, LocalDate.of(2026, 1, 1), null, null);

        assertThat(keyOf(() -> PolicyDocument.create(SETTINGS, null, half, "Klara", NOW)))
                .isEqualTo("bodyEn:policy.version.translation.incomplete");
    }

    @Test
    void readerGetsEnglishWhereATranslationExistsAndSwedishOtherwise() {
        PolicyDocument document = PolicyDocument.create(
                SETTINGS,
                null,
                new PolicyContent("Titel", "Title", "Text", "English text", LocalDate.of(2026, 1, 1), null, null),
                "Klara",
                NOW);
        PolicyVersion untranslated =
                document.publish(VersionNumber.parse("1.1"), content("Endast svenska"), "Klara", NOW);

        assertThat(document.version(VersionNumber.FIRST).orElseThrow().title(Locale.ENGLISH))
                .isEqualTo("Title");
        assertThat(untranslated.title(Locale.ENGLISH)).isEqualTo("Endast svenska");
        assertThat(untranslated.speaks(Locale.ENGLISH)).isFalse();
        assertThat(untranslated.speaks(Locale.forLanguageTag("sv"))).isTrue();
    }

    @Test
    void minorCorrectionDoesNotAskForAcknowledgementAgain() {
        PolicyDocument document = document();
        PolicyAcknowledgement acknowledgement = document.acknowledge(eva(), NOW);

        document.publish(VersionNumber.parse("1.1"), content("Rättat stavfel"), "Klara", NOW);

        assertThat(document.isCoveredBy(acknowledgement)).isTrue();
    }

    @Test
    void newMajorVersionAsksForAcknowledgementAgain() {
        PolicyDocument document = document();
        PolicyAcknowledgement acknowledgement = document.acknowledge(eva(), NOW);

        document.publish(VersionNumber.parse("2.0"), content("Ny inriktning"), "Klara", NOW);

        assertThat(document.isCoveredBy(acknowledgement)).isFalse();
        assertThat(document.acknowledge(eva(), NOW).getMajor()).isEqualTo(2);
    }

    @Test
    void newOwnerDueDateAndValidUntilNeedNoNewVersionAndNobodyIsAskedAgain() {
        PolicyDocument document = document();
        PolicyAcknowledgement acknowledgement = document.acknowledge(eva(), NOW);

        document.adjust(
                new DocumentSettings(
                        DocumentType.POLICY,
                        "Biträdande kommunikationschef",
                        "Regionstyrelsen",
                        true,
                        LocalDate.of(2026, 5, 15)),
                LocalDate.of(2027, 12, 31));

        assertThat(document.getVersions()).hasSize(1);
        assertThat(document.current().number()).isEqualTo(new VersionNumber(1, 0));
        assertThat(document.getOwnerName()).isEqualTo("Biträdande kommunikationschef");
        assertThat(document.getAcknowledgementDue()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(document.current().getValidUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(document.current().getBodySv()).isEqualTo("Vi kommunicerar sakligt.");
        assertThat(document.isCoveredBy(acknowledgement)).isTrue();
    }

    @Test
    void settingsWithAValidUntilBeforeValidFromChangeNothing() {
        PolicyDocument document = document();

        assertThat(keyOf(() -> document.adjust(
                        new DocumentSettings(DocumentType.POLICY, "Ny ägare", "Regionstyrelsen", true, null),
                        LocalDate.of(2025, 12, 31))))
                .isEqualTo("validUntil:policy.version.validUntil.beforeFrom");
        assertThat(document.getOwnerName()).isEqualTo("Kommunikationschef");
        assertThat(document.current().getValidUntil()).isNull();
    }

    @Test
    void settingsWithoutAnOwnerAreRefusedAtTheOwnerField() {
        PolicyDocument document = document();

        assertThat(keyOf(() -> document.adjust(
                        new DocumentSettings(DocumentType.POLICY, " ", "Regionstyrelsen", true, null), null)))
                .startsWith("ownerName:");
        assertThat(document.getOwnerName()).isEqualTo("Kommunikationschef");
    }

    @Test
    void aDocumentNoLongerAskingForAcknowledgementForgetsItsDueDate() {
        PolicyDocument document = document();

        document.adjust(
                new DocumentSettings(
                        DocumentType.GUIDELINE,
                        "Kommunikationschef",
                        "Regionstyrelsen",
                        false,
                        LocalDate.of(2026, 5, 1)),
                null);

        assertThat(document.isRequiresAcknowledgement()).isFalse();
        assertThat(document.getAcknowledgementDue()).isNull();
        assertThat(document.getType()).isEqualTo(DocumentType.GUIDELINE);
    }

    @Test
    void acknowledgementRecordsWhichVersionAndWhen() {
        PolicyDocument document = document();
        document.publish(VersionNumber.parse("1.3"), content("Kommunikationspolicy"), "Klara", NOW);

        PolicyAcknowledgement acknowledgement = document.acknowledge(eva(), NOW);

        assertThat(acknowledgement.getPolicyVersion().getNumber()).isEqualTo("1.3");
        assertThat(acknowledgement.getAcknowledgedAt()).isEqualTo(NOW);
        assertThat(acknowledgement.getPerson().getFirstName()).isEqualTo("Eva");
    }

    @Test
    void documentThatDoesNotAskForAcknowledgementRefusesOne() {
        PolicyDocument document = PolicyDocument.create(
                new DocumentSettings(
                        DocumentType.GUIDELINE, "Webbchef", "Kommunikationschefen", false, LocalDate.of(2026, 4, 1)),
                null,
                content("Riktlinje"),
                "Klara",
                NOW);

        assertThatThrownBy(() -> document.acknowledge(eva(), NOW))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("policy.ack.notRequired");
        assertThat(document.getAcknowledgementDue())
                .as("no due date without acknowledgement")
                .isNull();
    }

    @Test
    void ownerAndAdoptingBodyAreRequired() {
        assertThat(keyOf(() -> PolicyDocument.create(
                        new DocumentSettings(DocumentType.POLICY, " ", "Regionstyrelsen", false, null),
                        null,
                        content("T"),
                        "Klara",
                        NOW)))
                .isEqualTo("ownerName:policy.document.owner.required");
        assertThat(keyOf(() -> PolicyDocument.create(
                        new DocumentSettings(null, "A", "B", false, null), null, content("T"), "Klara", NOW)))
                .isEqualTo("type:policy.document.type.required");
    }

    @Test
    void aVersionSortsByTheTitleEachReaderSeesInTheirOwnAlphabet() {
        PolicyVersion version = PolicyDocument.create(
                        SETTINGS,
                        null,
                        new PolicyContent(
                                "Åtaganden",
                                "Commitments",
                                "Text",
                                "English text",
                                LocalDate.of(2026, 1, 1),
                                null,
                                null),
                        "Klara",
                        NOW)
                .version(VersionNumber.FIRST)
                .orElseThrow();

        assertThat(version.sortKeys().in(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Commitments"));
        assertThat(version.sortKeys().in(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, "Åtaganden"));
        assertThat(version.sortKeys().in(Languages.DANISH))
                .as("Danish readers see the Swedish title")
                .isEqualTo(Collation.key(Languages.DANISH, "Åtaganden"));
    }
}

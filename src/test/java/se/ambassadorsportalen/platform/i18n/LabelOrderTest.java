package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelOrderTest {

    /** The media inquiry statuses' labels, borrowed: the press bundle words them in three languages. */
    @LabelKeys("press.status.")
    enum InquiryLike {
        NEW,
        ASSIGNED,
        ANSWERED,
        DECLINED,
        CLOSED
    }

    enum WithoutLabels {
        B,
        A
    }

    @Test
    void swedishReadersSeeTheStatusesInTheOrderOfTheirSwedishLabels() {
        // Avböjd, Besvarad, Ny, Stängd, Tilldelad
        assertThat(LabelOrder.of(InquiryLike.class, Languages.DEFAULT))
                .containsExactly(
                        InquiryLike.DECLINED,
                        InquiryLike.ANSWERED,
                        InquiryLike.NEW,
                        InquiryLike.CLOSED,
                        InquiryLike.ASSIGNED);
    }

    @Test
    void englishAndDanishReadersEachSeeTheOrderOfTheirOwnLabels() {
        // Answered, Assigned, Closed, Declined, New
        assertThat(LabelOrder.of(InquiryLike.class, Locale.ENGLISH))
                .containsExactly(
                        InquiryLike.ANSWERED,
                        InquiryLike.ASSIGNED,
                        InquiryLike.CLOSED,
                        InquiryLike.DECLINED,
                        InquiryLike.NEW);
        // Afslået, Besvaret, Lukket, Ny, Tildelt
        assertThat(LabelOrder.of(InquiryLike.class, Languages.DANISH))
                .containsExactly(
                        InquiryLike.DECLINED,
                        InquiryLike.ANSWERED,
                        InquiryLike.CLOSED,
                        InquiryLike.NEW,
                        InquiryLike.ASSIGNED);
    }

    @Test
    void aReaderWithoutALanguageSeesTheSwedishOrder() {
        assertThat(LabelOrder.of(InquiryLike.class, null))
                .isEqualTo(LabelOrder.of(InquiryLike.class, Languages.DEFAULT));
    }

    @Test
    void onlyEnumsThatNameTheirLabelsAreOrderedByThem() {
        assertThat(LabelOrder.applies(InquiryLike.class)).isTrue();
        assertThat(LabelOrder.applies(WithoutLabels.class)).isFalse();
        assertThat(LabelOrder.applies(String.class)).isFalse();
    }

    @Test
    void everyConstantOfAnEnumThatNamesItsLabelsHasOneInTheBundles() {
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ambassadorsportalen")) {
            if (type.isEnum() && type.isAnnotatedWith(LabelKeys.class)) {
                enums++;
                Class<?> reflected = type.reflect();
                String prefix = reflected.getAnnotation(LabelKeys.class).value();
                for (Object constant : reflected.getEnumConstants()) {
                    String key = prefix + ((Enum<?>) constant).name();
                    if (!Messages.exists(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(enums).as("the statuses and kinds the lists sort by").isGreaterThanOrEqualTo(5);
        assertThat(missing).isEmpty();
    }
}

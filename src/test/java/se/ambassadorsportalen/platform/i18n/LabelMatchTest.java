package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelMatchTest {

    /** The media inquiry statuses, as {@link LabelOrderTest} borrows them from the press bundle. */
    private static final Class<LabelOrderTest.InquiryLike> STATUS = LabelOrderTest.InquiryLike.class;

    @Test
    void aStatusFilterFindsTheStatusByItsLabelInAnyCase() {
        assertThat(LabelMatch.of(STATUS, "ny", Languages.DEFAULT)).containsExactly(LabelOrderTest.InquiryLike.NEW);
        assertThat(LabelMatch.of(STATUS, " Besvarad ", Languages.DEFAULT))
                .containsExactly(LabelOrderTest.InquiryLike.ANSWERED);
    }

    @Test
    void aPartOfALabelFindsEveryStatusWhoseLabelContainsIt() {
        // Avböjd, Besvarad, Ny, Stängd, Tilldelad: "d" is in all but "Ny"
        assertThat(LabelMatch.of(STATUS, "d", Languages.DEFAULT))
                .doesNotContain(LabelOrderTest.InquiryLike.NEW)
                .hasSize(4);
    }

    @Test
    void theLabelsAreTheReadersLanguages() {
        assertThat(LabelMatch.of(STATUS, "answered", Locale.ENGLISH))
                .containsExactly(LabelOrderTest.InquiryLike.ANSWERED);
        assertThat(LabelMatch.of(STATUS, "answer", Languages.DEFAULT)).isEmpty();
    }

    @Test
    void theConstantsNameAsTheApiSendsItMatchesToo() {
        assertThat(LabelMatch.of(STATUS, "CLOSED", Languages.DEFAULT))
                .containsExactly(LabelOrderTest.InquiryLike.CLOSED);
    }

    @Test
    void textNoLabelContainsFindsNothingAndNoTextFindsAll() {
        assertThat(LabelMatch.of(STATUS, "zzz", Languages.DEFAULT)).isEmpty();
        assertThat(LabelMatch.of(STATUS, " ", Languages.DEFAULT)).hasSize(5);
    }
}

package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneAndAColourOnItselfIsOne() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
        assertThat(Contrast.ratio("#0b3d91", "#0b3d91")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void theRatioIsTheSameWhicheverColourIsTheText() {
        assertThat(Contrast.ratio("#0b5cad", "#ffffff")).isEqualTo(Contrast.ratio("#ffffff", "#0b5cad"));
    }

    @Test
    void greyOnWhiteJustPassesAtSevenSixAndJustFailsAtSevenSeven() {
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 gives 4.48:1.
        assertThat(Contrast.readable("#767676", "#ffffff")).isTrue();
        assertThat(Contrast.readable("#777777", "#ffffff")).isFalse();
    }

    @Test
    void theShownRatioIsRoundedDownSoAFailingRatioNeverReadsAsEnough() {
        assertThat(Contrast.shown(Contrast.ratio("#777777", "#ffffff"))).isEqualTo(4.4);
    }

    @Test
    void onlySixDigitHexIsAColour() {
        assertThat(Contrast.isHexColour("#0B3D91")).isTrue();
        assertThat(Contrast.isHexColour("#fff")).isFalse();
        assertThat(Contrast.isHexColour("red")).isFalse();
        assertThat(Contrast.isHexColour("#0b3d91;}body{background:url(x)")).isFalse();
        assertThat(Contrast.isHexColour(null)).isFalse();
        assertThatThrownBy(() -> Contrast.ratio("blue", "#ffffff")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coloursAreStoredInLowerCase() {
        assertThat(Contrast.normalised("#0B3D91")).isEqualTo("#0b3d91");
    }
}

package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeCssTest {

    @Test
    void theSheetSetsOnlyThePortalsColourProperties() {
        assertThat(ThemeCss.of("#0B3D91", "#ffffff", "#0b5cad"))
                .isEqualTo(
                        ":root { --portal-header: #0b3d91;"
                                + " --portal-header-text: #ffffff; --portal-accent: #0b5cad; --portal-accent-hover: #094a8a; }\n");
    }

    @Test
    void anythingButAColourNeverReachesTheSheet() {
        assertThatThrownBy(() ->
                        ThemeCss.of("#000000;} body { background: url(https://evil.example/x)", "#ffffff", "#0b5cad"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHoveredAccentIsDarkerSoWhiteTextOnItStaysReadable() {
        String accent = "#0b5cad";
        assertThat(Contrast.ratio("#ffffff", ThemeCss.darker(accent))).isGreaterThan(Contrast.ratio("#ffffff", accent));
    }
}

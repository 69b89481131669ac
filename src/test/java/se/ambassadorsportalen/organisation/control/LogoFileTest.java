package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ambassadorsportalen.platform.PortalException;

class LogoFileTest {

    private static final String SVG_OPEN =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 40\">";

    private static String cleaned(String svg) {
        LogoFile.Logo logo = LogoFile.clean(svg.getBytes(StandardCharsets.UTF_8));
        assertThat(logo.contentType()).isEqualTo(LogoFile.SVG);
        return new String(logo.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aPlainDrawingKeepsItsShapesColoursAndTitle() {
        String svg = cleaned(
                SVG_OPEN
                        + "<title>Region Fjällmark</title><g fill=\"#0b3d91\"><rect x=\"1\" y=\"2\" width=\"30\" height=\"20\"/>"
                        + "<path d=\"M0 0L10 10\" stroke=\"#fff\" stroke-width=\"2\"/></g><text x=\"40\" y=\"30\">Fjällmark</text></svg>");

        assertThat(svg)
                .contains(
                        "<rect",
                        "width=\"30\"",
                        "<path",
                        "d=\"M0 0L10 10\"",
                        "fill=\"#0b3d91\"",
                        "Region Fjällmark",
                        ">Fjällmark</text>",
                        "viewBox=\"0 0 100 40\"",
                        "xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void scriptsAndEventHandlersAreLeftBehind() {
        String svg = cleaned(SVG_OPEN + "<script>alert(1)</script><rect width=\"10\" height=\"10\" onload=\"alert(2)\""
                + " onclick=\"alert(3)\"/><g onmouseover=\"alert(4)\"><circle r=\"3\"/></g></svg>");

        assertThat(svg)
                .doesNotContainIgnoringCase("script")
                .doesNotContain("alert")
                .doesNotContain("onload")
                .doesNotContain("onclick")
                .doesNotContain("onmouseover")
                .contains("<rect", "<circle");
    }

    @Test
    void externalReferencesAreLeftBehindButLinksInsideTheFileStay() {
        String svg = cleaned(
                SVG_OPEN + "<defs><linearGradient id=\"g1\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
                        + "<symbol id=\"s\"><rect width=\"1\" height=\"1\"/></symbol></defs>"
                        + "<rect fill=\"url(#g1)\" width=\"5\" height=\"5\"/>"
                        + "<rect fill=\"url(https://tracker.example/pixel)\" width=\"6\" height=\"6\"/>"
                        + "<use xlink:href=\"#s\"/><use href=\"https://evil.example/sprite.svg#s\"/>"
                        + "<image href=\"https://evil.example/x.png\"/><a href=\"javascript:alert(1)\"><rect width=\"7\" height=\"7\"/></a>"
                        + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">html</div></foreignObject>"
                        + "<style>@import url(https://evil.example/x.css);</style><rect style=\"fill:url(https://x.example)\" width=\"8\" height=\"8\"/>"
                        + "</svg>");

        assertThat(svg)
                .contains("fill=\"url(#g1)\"", "href=\"#s\"")
                .doesNotContain("tracker.example")
                .doesNotContain("evil.example")
                .doesNotContain("javascript")
                .doesNotContain("<image")
                .doesNotContain("foreignObject")
                .doesNotContain("<style")
                .doesNotContain("x.example")
                .doesNotContain("width=\"7\""); // the link's content went with the link
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead(@TempDir Path temp) throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>" + SVG_OPEN
                + "<text>&x;</text></svg>";

        assertThatThrownBy(() -> LogoFile.clean(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.profile.logo.unreadable");
    }

    @Test
    void xmlThatIsNotAnSvgIsNoLogo() {
        assertThatThrownBy(() -> LogoFile.clean("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.profile.logo.type");
    }

    @Test
    void aFileThatIsNeitherSvgNorPngIsRefusedWhateverItIsCalled() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        assertThatThrownBy(() -> LogoFile.clean(jpeg))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.profile.logo.type");
        assertThatThrownBy(() -> LogoFile.clean(new byte[0])).hasMessageContaining("organisation.profile.logo.empty");
    }

    @Test
    void aLogoOverTheCapIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[LogoFile.MAX_BYTES + 1];
        big[0] = '<';
        assertThatThrownBy(() -> LogoFile.clean(big))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.profile.logo.tooLarge");
    }

    @Test
    void tooManyElementsAreRefused() {
        String many = SVG_OPEN + "<rect width=\"1\" height=\"1\"/>".repeat(LogoFile.MAX_ELEMENTS + 1) + "</svg>";
        assertThatThrownBy(() -> LogoFile.clean(many.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("organisation.profile.logo.tooComplex");
    }

    @Test
    void aPngIsRedrawnSoBytesHiddenAfterItsEndAreGone() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 4, 0xFF0B3D91);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        png.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));

        LogoFile.Logo logo = LogoFile.clean(png.toByteArray());

        assertThat(logo.contentType()).isEqualTo(LogoFile.PNG);
        assertThat(new String(logo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getRGB(3, 4)).isEqualTo(0xFF0B3D91);
    }

    @Test
    void aPngWiderThanTheLimitIsRefusedFromItsHeader() throws Exception {
        BufferedImage wide = new BufferedImage(LogoFile.MAX_EDGE + 1, 1, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(wide, "png", png);

        assertThatThrownBy(() -> LogoFile.clean(png.toByteArray()))
                .hasMessageContaining("organisation.profile.logo.tooManyPixels");
    }
}

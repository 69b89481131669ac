package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class ProfilePhotosTest {

    static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A PNG with a text chunk carrying a "GPS" note, inserted after the header chunk. */
    static byte[] pngWithMetadata() throws Exception {
        byte[] png = image("png", 40, 30);
        byte[] text = "GPSLatitude\0 63.1234".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        java.io.DataOutputStream data = new java.io.DataOutputStream(chunk);
        data.writeInt(text.length);
        byte[] typeAndData = new byte[4 + text.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(text, 0, typeAndData, 4, text.length);
        data.write(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        data.writeInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.write(png, 0, afterHeader);
        result.write(chunk.toByteArray());
        result.write(png, afterHeader, png.length - afterHeader);
        return result.toByteArray();
    }

    @Test
    void aPngIsDecodedAndStoredAsJpegWithoutItsMetadata() throws Exception {
        byte[] upload = pngWithMetadata();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        byte[] clean = ProfilePhotos.clean(upload);

        assertThat(ProfilePhotos.isJpeg(clean)).isTrue();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(read.getWidth()).isEqualTo(40);
    }

    @Test
    void aLargePhotoIsScaledDown() throws Exception {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(ProfilePhotos.clean(image("jpg", 1600, 1200))));
        assertThat(read.getWidth()).isEqualTo(ProfilePhotos.STORED_SIDE);
        assertThat(read.getHeight()).isEqualTo(600);
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefused() {
        assertThatThrownBy(() -> ProfilePhotos.clean("<html>not a picture</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.key()).isEqualTo("ambassador.photo.notImage");
                    assertThat(e.field()).isEqualTo("photo");
                });
    }

    @Test
    void aFileWithImageMagicButBrokenContentIsRefused() throws Exception {
        byte[] png = image("png", 20, 20);
        byte[] broken = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> ProfilePhotos.clean(broken))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.photo.notImage"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeDecoding() {
        byte[] big = new byte[ProfilePhotos.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        assertThatThrownBy(() -> ProfilePhotos.clean(big))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.photo.tooLarge"));
    }

    @Test
    void aPictureWithTooManyPixelsIsRefused() throws Exception {
        byte[] wide = image("png", ProfilePhotos.MAX_SIDE + 1, 1);
        assertThatThrownBy(() -> ProfilePhotos.clean(wide))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("ambassador.photo.tooManyPixels"));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThatThrownBy(() -> ProfilePhotos.clean(new byte[0])).isInstanceOf(PortalException.class);
    }
}

package se.ambassadorsportalen.platform.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.image.PhotoSanitizer.CleanPhoto;
import se.ambassadorsportalen.platform.image.PhotoSanitizer.Limits;
import se.ambassadorsportalen.story.TestImages;

class PhotoSanitizerTest {

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(Limits.standard());

    @Test
    void gpsInTheUploadIsGoneFromBothStoredSizes() {
        byte[] upload = TestImages.jpegWithGps(800, 600);
        assertThat(TestImages.hasApp1(upload)).isTrue();

        CleanPhoto photo = sanitizer.clean(upload);

        assertThat(TestImages.hasApp1(photo.large())).isFalse();
        assertThat(TestImages.hasApp1(photo.small())).isFalse();
        assertThat(TestImages.containsAscii(photo.large(), "Exif")).isFalse();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void largePhotoIsStoredIn1600And400Pixels() throws Exception {
        CleanPhoto photo = sanitizer.clean(TestImages.jpeg(3200, 1600));

        BufferedImage large = ImageIO.read(new ByteArrayInputStream(photo.large()));
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(photo.small()));
        assertThat(large.getWidth()).isEqualTo(1600);
        assertThat(large.getHeight()).isEqualTo(800);
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(photo.width()).isEqualTo(1600);
    }

    @Test
    void aPhotoOfFortyMegapixelsIsDecodedSubsampledWithoutAHundredMegabytesOfHeap() {
        byte[] upload = TestImages.hugePng(6300, 6300);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        CleanPhoto photo = sanitizer.clean(upload);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(photo.width()).isEqualTo(1600);
        assertThat(allocated)
                .as("bytes allocated to clean it (in full: 6300 × 6300 × 3 = 119 MB)")
                .isLessThan(70L * 1024 * 1024);
    }

    @Test
    void transparentPngStaysPng() {
        assertThat(sanitizer.clean(TestImages.png(300, 200)).contentType()).isEqualTo("image/png");
    }

    @Test
    void textFileRenamedToJpgIsRefusedByItsContent() {
        byte[] text = "<script>alert(1)</script> not really a photo".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sanitizer.clean(text))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.photo.notAnImage"));
    }

    @Test
    void truncatedJpegIsRefusedAsUnreadable() {
        byte[] jpeg = TestImages.jpeg(200, 200);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

        assertThatThrownBy(() -> sanitizer.clean(truncated))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.photo.unreadable"));
    }

    @Test
    void oversizedFileIsRefusedBeforeDecoding() {
        PhotoSanitizer strict = new PhotoSanitizer(new Limits(1000, 40_000_000, 12_000, 1600, 400));

        assertThatThrownBy(() -> strict.clean(TestImages.jpeg(600, 600)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.photo.tooLarge"));
    }

    @Test
    void hugeDimensionsAreRefusedFromTheHeader() {
        PhotoSanitizer strict = new PhotoSanitizer(new Limits(10_000_000, 100_000, 12_000, 1600, 400));

        assertThatThrownBy(() -> strict.clean(TestImages.png(400, 400)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.photo.tooManyPixels"));
    }

    @Test
    void webpIsReadAndStoredAsAnImageTheBrowsersAndFeedsAllShow() {
        byte[] lossless = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        byte[] lossy = java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

        for (byte[] webp : java.util.List.of(lossless, lossy)) {
            CleanPhoto photo = sanitizer.clean(webp);
            assertThat(photo.contentType()).isIn("image/jpeg", "image/png");
            assertThat(photo.width()).isEqualTo(1);
            assertThat(PhotoSanitizer.detect(photo.large()))
                    .isNotEqualTo(java.util.Optional.of(PhotoSanitizer.Format.WEBP));
        }
    }

    @Test
    void typeIsDetectedByMagicBytes() {
        assertThat(PhotoSanitizer.detect(TestImages.jpeg(10, 10))).contains(PhotoSanitizer.Format.JPEG);
        assertThat(PhotoSanitizer.detect(TestImages.png(10, 10))).contains(PhotoSanitizer.Format.PNG);
        assertThat(PhotoSanitizer.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(PhotoSanitizer.Format.WEBP);
        assertThat(PhotoSanitizer.detect("GIF89a-------".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }
}

package se.ambassadorsportalen.platform.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Turns an uploaded photo into what the portal stores: the type is decided by the file's bytes
 * (never its name), the size and pixel count are limited (pixels read from the header, before
 * anything is decoded, so a "decompression bomb" is refused cheaply), the image is fully decoded
 * and then written anew in two sizes. Writing anew is what strips every EXIF, GPS, XMP or ICC
 * block: nothing of the original file but its pixels reaches the database.
 *
 * <p>Usage: {@code new PhotoSanitizer(Limits.standard()).clean(bytes)}.
 */
public final class PhotoSanitizer {

    /** The formats accepted on upload. WebP is decoded with TwelveMonkeys and stored as JPEG or PNG. */
    public enum Format {
        JPEG,
        PNG,
        WEBP
    }

    /** Upload limits and the stored sizes (longest edge in pixels). */
    public record Limits(long maxBytes, long maxPixels, int maxEdge, int largeEdge, int smallEdge) {

        public static Limits standard() {
            return new Limits(10L * 1024 * 1024, 40_000_000L, 12_000, 1600, 400);
        }
    }

    /** A cleaned photo: its stored type, the large image's size, and both encodings. */
    public record CleanPhoto(String contentType, int width, int height, byte[] large, byte[] small) {}

    private static final String FIELD = "photo";

    private final Limits limits;

    public PhotoSanitizer(Limits limits) {
        this.limits = limits;
        ImageIO.setUseCache(false);
    }

    /** The format the bytes really are, whatever the file is called. */
    public static Optional<Format> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if ((bytes[0] & 0xFF) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0D
                && bytes[5] == 0x0A
                && bytes[6] == 0x1A
                && bytes[7] == 0x0A) {
            return Optional.of(Format.PNG);
        }
        if (bytes[0] == 'R'
                && bytes[1] == 'I'
                && bytes[2] == 'F'
                && bytes[3] == 'F'
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Optional.of(Format.WEBP);
        }
        return Optional.empty();
    }

    public CleanPhoto clean(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw PortalException.invalidField(FIELD, "story.photo.empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw PortalException.invalidField(FIELD, "story.photo.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        Format format = detect(bytes).orElseThrow(() -> PortalException.invalidField(FIELD, "story.photo.notAnImage"));
        BufferedImage image = decode(bytes, format);
        boolean alpha = image.getColorModel().hasAlpha();
        String type = alpha ? "image/png" : "image/jpeg";
        BufferedImage largeImage = scale(image, limits.largeEdge(), alpha);
        byte[] large = encode(largeImage, alpha);
        byte[] small = encode(scale(image, limits.smallEdge(), alpha), alpha);
        return new CleanPhoto(type, largeImage.getWidth(), largeImage.getHeight(), large, small);
    }

    private BufferedImage decode(byte[] bytes, Format format) {
        ImageReader reader = reader(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw PortalException.invalidField(FIELD, "story.photo.unreadable");
            }
            if (width > limits.maxEdge() || height > limits.maxEdge() || (long) width * height > limits.maxPixels()) {
                throw PortalException.invalidField(
                        FIELD, "story.photo.tooManyPixels", width, height, limits.maxPixels() / 1_000_000);
            }
            BufferedImage image = reader.read(0, subsampled(reader, width, height, limits.largeEdge()));
            if (image == null) {
                throw PortalException.invalidField(FIELD, "story.photo.unreadable");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalidField(FIELD, "story.photo.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /**
     * Reads every n-th pixel of every n-th row, n chosen so the result is still at least
     * {@code edge} on its longest side: a 6,300 × 6,300 photo stored at 1,600 pixels is decoded
     * at 2,100 (13 MB) instead of in full (120 MB), which is all the stored sizes need.
     */
    static javax.imageio.ImageReadParam subsampled(ImageReader reader, int width, int height, int edge) {
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / edge);
        param.setSourceSubsampling(step, step, 0, 0);
        return param;
    }

    private static ImageReader reader(Format format) {
        if (format == Format.WEBP) {
            try {
                return new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw PortalException.invalidField(FIELD, "story.photo.unreadable");
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        // The JDK's own readers, not whatever a plug-in registered for the same name.
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.sun.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw PortalException.invalidField(FIELD, "story.photo.unreadable");
        }
        return chosen;
    }

    /** The image with its longest edge at most {@code edge}, on white when it has no alpha (JPEG has none). */
    static BufferedImage scale(BufferedImage source, int edge, boolean alpha) {
        double factor = Math.min(1.0, (double) edge / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Writes the pixels only: no metadata object is passed, so the file carries none. */
    static byte[] encode(BufferedImage image, boolean png) {
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a photo", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

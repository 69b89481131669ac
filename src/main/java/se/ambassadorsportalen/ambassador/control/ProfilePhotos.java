package se.ambassadorsportalen.ambassador.control;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Checks a profile photo by its content, never by its name or declared type: the first bytes must
 * be JPEG or PNG, the header's dimensions are checked before the pixels are decoded (so a small
 * file claiming a huge picture is refused cheaply), then the whole image is decoded and written
 * again as JPEG, which drops every piece of metadata (EXIF, GPS, comments).
 */
public final class ProfilePhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 6000;
    /** Stored photos are scaled down to this longest side. */
    public static final int STORED_SIDE = 800;

    public static final String STORED_TYPE = "image/jpeg";

    private ProfilePhotos() {}

    /** The cleaned JPEG bytes, or a refusal naming the field "photo". */
    public static byte[] clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw PortalException.invalidField("photo", "ambassador.photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw PortalException.invalidField("photo", "ambassador.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!isJpeg(upload) && !isPng(upload)) {
            throw PortalException.invalidField("photo", "ambassador.photo.notImage");
        }
        BufferedImage image = decode(upload);
        return encode(scale(image));
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    static boolean isPng(byte[] b) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw PortalException.invalidField("photo", "ambassador.photo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw PortalException.invalidField("photo", "ambassador.photo.tooManyPixels", MAX_SIDE);
                }
                // every n-th pixel only, as much as the stored size needs: a large photo is never
                // decoded in full (6,000 × 6,000 would be 100 MB of heap for an 800-pixel result)
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / STORED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw PortalException.invalidField("photo", "ambassador.photo.notImage");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalidField("photo", "ambassador.photo.notImage");
        }
    }

    private static BufferedImage scale(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double factor = Math.min(1.0, (double) STORED_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IOException("no JPEG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("A decoded image could not be written as JPEG", e);
        }
    }
}

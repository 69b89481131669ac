package se.ambassadorsportalen.story;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Test images made on the spot: a JPEG carrying an EXIF block with GPS coordinates (written byte
 * by byte, as a phone would), and a way to tell whether a JPEG still has any APP1 segment.
 */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A white RGB PNG of any size, written row by row into a deflate stream, so even a
     * 6,300 × 6,300 picture costs the test a few hundred kilobytes, not the 120 MB of an image.
     */
    public static byte[] hugePng(int width, int height) {
        try {
            java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream rows = new java.util.zip.DeflaterOutputStream(idat)) {
                byte[] row = new byte[1 + width * 3];
                java.util.Arrays.fill(row, (byte) 0xFF);
                row[0] = 0; // filter: none
                for (int y = 0; y < height; y++) {
                    rows.write(row);
                }
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13)
                    .putInt(width)
                    .putInt(height)
                    .put((byte) 8)
                    .put((byte) 2)
                    .put((byte) 0)
                    .put((byte) 0)
                    .put((byte) 0);
            chunk(png, "IHDR", header.array());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) throws java.io.IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A JPEG with an EXIF APP1 segment holding GPSLatitudeRef "N" and GPSLatitude 57° 41′. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] app1 = exifWithGps();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(app1, 0, app1.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Whether the JPEG has an APP1 segment (EXIF or XMP) before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                return false; // start of scan: no more metadata segments
            }
            if (marker == 0xE1) {
                return true;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            i += 2 + length;
        }
        return false;
    }

    public static boolean containsAscii(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(80);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0: one entry, GPSInfo pointer (0x8825, LONG) to the GPS IFD at offset 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD: GPSLatitudeRef (ASCII "N") and GPSLatitude (3 RATIONAL at offset 56)
        tiff.putShort((short) 2);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(57).putInt(1).putInt(41).putInt(1).putInt(0).putInt(1);
        byte[] tiffBytes = new byte[tiff.position()];
        tiff.flip();
        tiff.get(tiffBytes);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiffBytes.length;
        ByteBuffer app1 = ByteBuffer.allocate(2 + length);
        app1.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) length)
                .put(header)
                .put(tiffBytes);
        return app1.array();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0, 94, 133), width, height, new Color(240, 180, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

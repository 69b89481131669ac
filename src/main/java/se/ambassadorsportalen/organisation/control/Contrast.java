package se.ambassadorsportalen.organisation.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours as the portal accepts them and the WCAG 2.1 contrast between two of them. Only
 * {@code #rrggbb} is a colour here: the value goes into a style sheet, so anything else (a name,
 * {@code rgb()}, a {@code ;} or a {@code url(...)}) is refused before it could be written there.
 */
public final class Contrast {

    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    public static final double AA_TEXT = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Contrast() {}

    public static boolean isHexColour(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** The colour in the one spelling the portal stores: {@code #} and six lower-case digits. */
    public static String normalised(String value) {
        if (!isHexColour(value)) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    public static double ratio(String first, String second) {
        double a = luminance(normalised(first));
        double b = luminance(normalised(second));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    public static boolean readable(String text, String background) {
        return ratio(text, background) >= AA_TEXT;
    }

    /** The ratio rounded down to one decimal, as a message shows it (4.49 must never read as 4.5). */
    public static double shown(double ratio) {
        return Math.floor(ratio * 10) / 10;
    }

    /** Relative luminance as WCAG defines it, from the sRGB channels. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

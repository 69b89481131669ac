package se.ambassadorsportalen.organisation.control;

/**
 * The style sheet that gives the portal the organisation's colours: it only sets the custom
 * properties portal.css draws with. Every value is checked to be {@code #rrggbb} again here, so
 * nothing but a colour can ever be written into the sheet, whatever the database holds.
 */
public final class ThemeCss {

    private ThemeCss() {}

    public static String of(String header, String headerText, String accent) {
        return ":root {"
                + " --portal-header: " + Contrast.normalised(header) + ";"
                + " --portal-header-text: " + Contrast.normalised(headerText) + ";"
                + " --portal-accent: " + Contrast.normalised(accent) + ";"
                + " --portal-accent-hover: " + darker(accent) + "; }\n";
    }

    /** The accent under the pointer: 20 % darker, so white text on it keeps at least its contrast. */
    static String darker(String hex) {
        int rgb = Integer.parseInt(Contrast.normalised(hex).substring(1), 16);
        int r = (int) Math.round((rgb >> 16 & 0xFF) * 0.8);
        int g = (int) Math.round((rgb >> 8 & 0xFF) * 0.8);
        int b = (int) Math.round((rgb & 0xFF) * 0.8);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}

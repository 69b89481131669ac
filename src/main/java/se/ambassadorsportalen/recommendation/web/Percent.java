package se.ambassadorsportalen.recommendation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats shares, changes and counts for the views in the reader's language ("74,1 %" in Swedish), so
 * that pages, their exports and screen readers all read the same text.
 */
@Named("recFormat")
@ApplicationScoped
public class Percent {

    public String share(Double share) {
        return share == null || share.isNaN() ? "–" : number(share * 100, 1) + " %";
    }

    public String interval(Double low, Double high) {
        return low == null || high == null ? "–" : number(low * 100, 1) + "–" + number(high * 100, 1) + " %";
    }

    public String points(Double points) {
        if (points == null || points.isNaN()) {
            return "–";
        }
        return (points > 0.05 ? "+" : "") + number(points, 1);
    }

    /** A count with the language's digit grouping ("200 000" in Swedish, "200,000" in English). */
    public String count(Number value) {
        return count(value, locale());
    }

    static String count(Number value, Locale locale) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(locale).format(value.longValue());
    }

    public String number(Double value) {
        return value == null || value.isNaN() ? "–" : number(value, 1);
    }

    private static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.forLanguageTag("sv")
                : context.getViewRoot().getLocale();
    }
}

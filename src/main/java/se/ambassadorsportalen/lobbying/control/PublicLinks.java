package se.ambassadorsportalen.lobbying.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Links to public documents on a register entry, one a line. Only absolute http and https
 * addresses with a host are taken: the register is published without login, so a
 * {@code javascript:} or {@code data:} link would run in every reader's browser.
 */
public final class PublicLinks {

    public static final int MAX_LINKS = 10;
    public static final int MAX_LENGTH = 500;

    private PublicLinks() {}

    /** The links as stored: trimmed, one a line, none empty; refused with the offending line named. */
    public static List<String> parse(String text, String field) {
        List<String> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        for (String line : text.split("\\R")) {
            String link = line.strip();
            if (link.isEmpty()) {
                continue;
            }
            if (link.length() > MAX_LENGTH || !isWebAddress(link)) {
                throw PortalException.invalidField(
                        field, "lobbying.links.invalid", link.length() > 80 ? link.substring(0, 80) + "…" : link);
            }
            links.add(link);
        }
        if (links.size() > MAX_LINKS) {
            throw PortalException.invalidField(field, "lobbying.links.tooMany", MAX_LINKS);
        }
        return links;
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package se.ambassadorsportalen.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.ambassadorsportalen.organisation.control.Contrast;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * Who the organisation is, as data an admin edits: its name, colours, contact addresses, careers
 * site and languages (the logo's bytes are kept beside it, see {@code OrganisationProfiles}). One
 * row (id 1) per installation, so it has a fixed id rather than one from the sequence.
 * <p>
 * {@link #change} holds the rules: every colour is {@code #rrggbb} (it goes into a style sheet),
 * the header's text on the header, the header colour (the navigation's links) on the page, and white
 * button text on the accent (also the outlined buttons' text on white) must reach WCAG AA's 4.5:1, and the languages are among those the portal speaks.
 */
@Entity
@Table(name = "organisation_profile")
public class OrganisationProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final long ID = 1L;
    /** The page and the buttons' text: the accent must read on both. */
    public static final String WHITE = "#ffffff";
    /** The page's background (portal.css): navigation and footer links take the header colour on it. */
    public static final String PAGE = "#f7f8fa";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private Long id = ID;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "header_colour", nullable = false, length = 7)
    private String headerColour;

    @Column(name = "header_text_colour", nullable = false, length = 7)
    private String headerTextColour;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "press_email", length = 200)
    private String pressEmail;

    @Column(length = 50)
    private String phone;

    @Column(name = "careers_url", length = 500)
    private String careersUrl;

    /** Language tags, comma separated, in the order offered. */
    @Column(nullable = false, length = 60)
    private String languages;

    @Column(name = "default_language", nullable = false, length = 8)
    private String defaultLanguage;

    /** The logo's type, or null without a logo; the bytes are in the row's {@code logo} column. */
    @Column(name = "logo_type", length = 40)
    private String logoType;

    /** What an admin may set, all at once. */
    public record Details(
            String name,
            String headerColour,
            String headerTextColour,
            String accentColour,
            String contactEmail,
            String pressEmail,
            String phone,
            String careersUrl,
            List<String> languages,
            String defaultLanguage) {}

    protected OrganisationProfile() {}

    /** The profile of an installation that has none yet: the portal's own colours. */
    public static OrganisationProfile initial(String name) {
        OrganisationProfile profile = new OrganisationProfile();
        profile.change(
                new Details(name, "#0b3d91", WHITE, "#0b5cad", null, null, null, null, List.of("sv", "en"), "sv"));
        return profile;
    }

    /** Applies every field after checking them all; a refusal names the field and changes nothing. */
    public void change(Details details) {
        String newName = required(details.name(), "name", 200);
        String header = colour(details.headerColour(), "headerColour");
        String headerText = colour(details.headerTextColour(), "headerTextColour");
        String accent = colour(details.accentColour(), "accentColour");
        requireContrast(headerText, header, "headerTextColour");
        requireContrast(header, PAGE, "headerColour");
        requireContrast(WHITE, accent, "accentColour");
        String contact = email(details.contactEmail(), "contactEmail");
        String press = email(details.pressEmail(), "pressEmail");
        String newPhone = optional(details.phone(), "phone", 50);
        String careers = webAddress(details.careersUrl(), "careersUrl");
        List<String> offered = languages(details.languages());
        String defaultTag = details.defaultLanguage() == null
                ? ""
                : details.defaultLanguage().strip().toLowerCase(Locale.ROOT);
        if (!offered.contains(defaultTag)) {
            throw PortalException.invalidField("defaultLanguage", "organisation.profile.defaultLanguage.notOffered");
        }
        name = newName;
        headerColour = header;
        headerTextColour = headerText;
        accentColour = accent;
        contactEmail = contact;
        pressEmail = press;
        phone = newPhone;
        careersUrl = careers;
        languages = String.join(",", offered);
        defaultLanguage = defaultTag;
    }

    /** Only the name: the first-run setup asks for nothing more. */
    public void rename(String newName) {
        name = required(newName, "organisationName", 200);
    }

    public void logoChanged(String contentType) {
        logoType = contentType;
    }

    private static void requireContrast(String text, String background, String field) {
        double ratio = Contrast.ratio(text, background);
        if (ratio < Contrast.AA_TEXT) {
            throw PortalException.invalidField(
                    field,
                    "organisation.profile.contrast.tooLow",
                    String.format(Locale.ROOT, "%.1f", Contrast.shown(ratio)),
                    String.format(Locale.ROOT, "%.1f", Contrast.AA_TEXT));
        }
    }

    private static String colour(String value, String field) {
        String stripped = value == null ? null : value.strip();
        if (!Contrast.isHexColour(stripped)) {
            throw PortalException.invalidField(field, "organisation.profile.colour.invalid");
        }
        return Contrast.normalised(stripped);
    }

    private static String required(String value, String field, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw PortalException.invalidField(field, "organisation.profile.required");
        }
        if (stripped.length() > max) {
            throw PortalException.invalidField(field, "organisation.profile.tooLong", max);
        }
        return stripped;
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }

    private static String email(String value, String field) {
        String address = optional(value, field, 200);
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw PortalException.invalidField(field, "organisation.profile.email.invalid");
        }
        return address;
    }

    /** An absolute http(s) address with a host: the careers link is shown to everyone. */
    private static String webAddress(String value, String field) {
        String address = optional(value, field, 500);
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return address;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw PortalException.invalidField(field, "organisation.profile.url.invalid");
    }

    private static List<String> languages(List<String> tags) {
        Set<String> supported = new LinkedHashSet<>();
        Languages.SUPPORTED.forEach(locale -> supported.add(locale.getLanguage()));
        Set<String> offered = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!supported.contains(language)) {
                throw PortalException.invalidField("languages", "organisation.profile.languages.unknown", language);
            }
            offered.add(language);
        }
        if (offered.isEmpty()) {
            throw PortalException.invalidField("languages", "organisation.profile.languages.none");
        }
        return List.copyOf(offered);
    }

    public Details details() {
        return new Details(
                name,
                headerColour,
                headerTextColour,
                accentColour,
                contactEmail,
                pressEmail,
                phone,
                careersUrl,
                getLanguages(),
                defaultLanguage);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getHeaderColour() {
        return headerColour;
    }

    public String getHeaderTextColour() {
        return headerTextColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getPressEmail() {
        return pressEmail;
    }

    public String getPhone() {
        return phone;
    }

    public String getCareersUrl() {
        return careersUrl;
    }

    public List<String> getLanguages() {
        return languages == null ? List.of() : Arrays.asList(languages.split(","));
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String getLogoType() {
        return logoType;
    }
}

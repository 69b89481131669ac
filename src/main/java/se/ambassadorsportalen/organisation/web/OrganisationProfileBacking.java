package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles;
import se.ambassadorsportalen.organisation.control.LogoFile;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The admin page of the organisation's profile; the rules are the profile's own ({@link OrganisationProfile#change}). */
@Named
@ViewScoped
public class OrganisationProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "profileForm";

    @Inject
    OrganisationProfiles profiles;

    private long version;
    private String name;
    private String headerColour;
    private String headerTextColour;
    private String accentColour;
    private String contactEmail;
    private String pressEmail;
    private String phone;
    private String careersUrl;
    private List<String> languages = new ArrayList<>();
    private String defaultLanguage;
    private boolean hasLogo;

    @PostConstruct
    void init() {
        show(profiles.current());
    }

    public void save() {
        try {
            show(profiles.update(
                    version,
                    new OrganisationProfile.Details(
                            name,
                            headerColour,
                            headerTextColour,
                            accentColour,
                            contactEmail,
                            pressEmail,
                            phone,
                            careersUrl,
                            languages,
                            defaultLanguage)));
            FacesMessages.info("organisation.profile.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    /** The size is checked before the upload is read; the content is checked by {@link LogoFile}. */
    public void upload(FileUploadEvent event) {
        try {
            if (event.getFile().getSize() > LogoFile.MAX_BYTES) {
                FacesMessages.error("logoForm:logo", "organisation.profile.logo.tooLarge", LogoFile.MAX_BYTES / 1024);
                return;
            }
            show(profiles.changeLogo(event.getFile().getContent()));
            FacesMessages.info("organisation.profile.logo.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "logoForm");
        }
    }

    public void removeLogo() {
        show(profiles.removeLogo());
        FacesMessages.info("organisation.profile.logo.removed");
    }

    private void show(OrganisationProfiles.Profile profile) {
        version = profile.version();
        name = profile.name();
        headerColour = profile.headerColour();
        headerTextColour = profile.headerTextColour();
        accentColour = profile.accentColour();
        contactEmail = profile.contactEmail();
        pressEmail = profile.pressEmail();
        phone = profile.phone();
        careersUrl = profile.careersUrl();
        languages = new ArrayList<>(profile.languages());
        defaultLanguage = profile.defaultLanguage();
        hasLogo = profile.hasLogo();
    }

    public List<String> getLanguageChoices() {
        return Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
    }

    public long getVersion() {
        return version;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHeaderColour() {
        return headerColour;
    }

    public void setHeaderColour(String headerColour) {
        this.headerColour = headerColour;
    }

    public String getHeaderTextColour() {
        return headerTextColour;
    }

    public void setHeaderTextColour(String headerTextColour) {
        this.headerTextColour = headerTextColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPressEmail() {
        return pressEmail;
    }

    public void setPressEmail(String pressEmail) {
        this.pressEmail = pressEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCareersUrl() {
        return careersUrl;
    }

    public void setCareersUrl(String careersUrl) {
        this.careersUrl = careersUrl;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }
}

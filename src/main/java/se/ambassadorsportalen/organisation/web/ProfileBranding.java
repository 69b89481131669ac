package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.ambassadorsportalen.organisation.boundary.OrganisationProfiles;
import se.ambassadorsportalen.platform.layout.Branding;

/** The template's view of the organisation, from the cached profile. */
@ApplicationScoped
public class ProfileBranding implements Branding {

    @Inject
    OrganisationProfiles profiles;

    @Override
    public Brand brand() {
        OrganisationProfiles.Profile profile = profiles.current();
        return new Brand(
                profile.name(),
                profile.hasLogo(),
                profile.version(),
                profile.languages(),
                profile.defaultLanguage(),
                new Contacts(profile.contactEmail(), profile.pressEmail(), profile.phone(), profile.careersUrl()));
    }
}

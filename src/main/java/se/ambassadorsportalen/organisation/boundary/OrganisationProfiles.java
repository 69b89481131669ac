package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.ambassadorsportalen.organisation.control.LogoFile;
import se.ambassadorsportalen.organisation.entity.OrganisationProfile;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The organisation's profile: read by everyone (the template shows its name, logo and colours on
 * every page, the login page included), changed by admins. Reads come from {@link ProfileCache};
 * every change empties it.
 */
@Stateless
public class OrganisationProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileCache cache;

    @Inject
    PortalSettings settings;

    /**
     * The profile as everyone may see it; {@code logo} holds the cleaned bytes, or null. It is also
     * the admin API's JSON, which leaves the bytes out (they are served at /public/brand/logo).
     */
    public record Profile(
            long version,
            String name,
            String headerColour,
            String headerTextColour,
            String accentColour,
            String contactEmail,
            String pressEmail,
            String phone,
            String careersUrl,
            List<String> languages,
            String defaultLanguage,
            String logoType,
            @JsonbTransient byte[] logo) {

        public OrganisationProfile.Details details() {
            return new OrganisationProfile.Details(
                    name,
                    headerColour,
                    headerTextColour,
                    accentColour,
                    contactEmail,
                    pressEmail,
                    phone,
                    careersUrl,
                    languages,
                    defaultLanguage);
        }

        public boolean hasLogo() {
            return logo != null;
        }
    }

    @PermitAll
    @OpenOnPurpose("the template shows the organisation's name, logo and colours on every page, the login page too")
    public Profile current() {
        return cache.get(this::load);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Profile update(long expectedVersion, OrganisationProfile.Details details) {
        OrganisationProfile profile = entity();
        Organisation.requireVersion(profile.getVersion(), expectedVersion);
        profile.change(details);
        settings.set(PortalSettings.ORGANISATION_NAME, profile.getName());
        em.flush();
        cache.invalidate();
        return toProfile(profile, logoBytes());
    }

    /** Cleans and stores a logo (see {@link LogoFile}); the bytes are checked before anything is parsed. */
    @RolesAllowed(Role.Names.ADMIN)
    public Profile changeLogo(byte[] upload) {
        LogoFile.Logo logo = LogoFile.clean(upload);
        OrganisationProfile profile = entity();
        profile.logoChanged(logo.contentType());
        em.flush();
        em.createNativeQuery("update organisation_profile set logo = ?1, version = version + 1 where id = ?2")
                .setParameter(1, logo.bytes())
                .setParameter(2, OrganisationProfile.ID)
                .executeUpdate();
        cache.invalidate();
        return load();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Profile removeLogo() {
        OrganisationProfile profile = entity();
        profile.logoChanged(null);
        em.flush();
        em.createNativeQuery("update organisation_profile set logo = null, version = version + 1 where id = ?1")
                .setParameter(1, OrganisationProfile.ID)
                .executeUpdate();
        cache.invalidate();
        return load();
    }

    private Profile load() {
        OrganisationProfile profile = entity();
        return toProfile(profile, logoBytes());
    }

    /** The one row; made from the old name setting for a database whose migration found none. */
    private OrganisationProfile entity() {
        OrganisationProfile profile = em.find(OrganisationProfile.class, OrganisationProfile.ID);
        if (profile == null) {
            profile = OrganisationProfile.initial(settings.value(PortalSettings.ORGANISATION_NAME, "Organisation"));
            em.persist(profile);
            em.flush();
        }
        em.refresh(profile);
        return profile;
    }

    private byte[] logoBytes() {
        List<?> rows = em.createNativeQuery("select logo from organisation_profile where id = ?1")
                .setParameter(1, OrganisationProfile.ID)
                .getResultList();
        return rows.isEmpty() ? null : bytes(rows.get(0));
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        if (value instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static Profile toProfile(OrganisationProfile p, byte[] logo) {
        return new Profile(
                p.getVersion(),
                p.getName(),
                p.getHeaderColour(),
                p.getHeaderTextColour(),
                p.getAccentColour(),
                p.getContactEmail(),
                p.getPressEmail(),
                p.getPhone(),
                p.getCareersUrl(),
                List.copyOf(p.getLanguages()),
                p.getDefaultLanguage(),
                p.getLogoType(),
                logo);
    }
}

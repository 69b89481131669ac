package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the organisation's profile once the database is migrated, so the first page finds it in
 * memory, and then looks every {@value #EVERY_SECONDS} seconds whether another node changed it
 * (see {@link ProfileCache}). Both run outside any request. No public method: nothing calls it.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
public class ProfileCacheWatch {

    static final int EVERY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProfileCacheWatch.class.getName());

    @Inject
    ProfileCache cache;

    @Inject
    OrganisationProfiles profiles;

    @PostConstruct
    void warm() {
        try {
            profiles.current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The organisation's profile could not be read at start; the first page reads it", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + EVERY_SECONDS, persistent = false)
    void look() {
        try {
            cache.dropIfChangedElsewhere();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not compare the profile's generation", e);
        }
    }
}

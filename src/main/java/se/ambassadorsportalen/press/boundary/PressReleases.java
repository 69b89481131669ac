package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.entity.PressRelease;

/**
 * Planned press releases and when staff are told: internal before external, enforced by
 * {@link PressRelease#schedule}. Press officers and communicators plan them.
 */
@Stateless
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class PressReleases {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public PressRelease plan(String title, LocalDateTime internalNotice, LocalDateTime externalRelease, String reason) {
        PressRelease release = new PressRelease(title, currentUser.username());
        release.schedule(internalNotice, externalRelease, reason);
        em.persist(release);
        return release;
    }

    public List<PressRelease> upcoming(LocalDateTime since, int max) {
        return em.createQuery("select r from PressRelease r where r.externalReleaseAt >= :since"
                + " order by r.externalReleaseAt", PressRelease.class).setParameter("since", since)
                .setMaxResults(max).getResultList();
    }
}

package se.ambassadorsportalen.platform.layout;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Settings that name the organisation, kept as data so the portal can serve any region. */
@Stateless
public class PortalSettings {

    public static final String ORGANISATION_NAME = "organisation.name";

    @PersistenceContext
    EntityManager em;

    public String value(String key, String fallback) {
        List<?> rows = em.createNativeQuery("select setting_value from portal_setting where setting_key = ?")
                .setParameter(1, key)
                .getResultList();
        return rows.isEmpty() ? fallback : String.valueOf(rows.get(0));
    }

    public void set(String key, String value) {
        int updated = em.createNativeQuery("update portal_setting set setting_value = ? where setting_key = ?")
                .setParameter(1, value)
                .setParameter(2, key)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into portal_setting (setting_key, setting_value) values (?, ?)")
                    .setParameter(1, key)
                    .setParameter(2, value)
                    .executeUpdate();
        }
    }
}

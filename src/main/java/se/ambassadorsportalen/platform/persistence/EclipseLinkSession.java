package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.EntityManagerFactory;

/**
 * EclipseLink's server session behind a JPA factory, reached by reflection. Liberty classes EclipseLink's
 * own API as "third-party", which an application deployed through dropins cannot see, so the portal links
 * no EclipseLink type and calls what it needs by name in EclipseLink's class loader.
 */
final class EclipseLinkSession {

    final ClassLoader classLoader;
    final Object session;
    final Class<?> sessionType;

    private EclipseLinkSession(ClassLoader classLoader, Object session, Class<?> sessionType) {
        this.classLoader = classLoader;
        this.session = session;
        this.sessionType = sessionType;
    }

    static EclipseLinkSession of(EntityManagerFactory factory) throws ReflectiveOperationException {
        Object provider = factory.unwrap(EntityManagerFactory.class);
        ClassLoader eclipseLink = provider.getClass().getClassLoader();
        Class<?> factoryType = Class.forName("org.eclipse.persistence.jpa.JpaEntityManagerFactory", false, eclipseLink);
        Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", false, eclipseLink);
        return new EclipseLinkSession(
                eclipseLink, factoryType.getMethod("getServerSession").invoke(provider), sessionType);
    }

    /** The class of the database platform EclipseLink chose, e.g. {@code ...PostgreSQLPlatform}. */
    String platformClassName() throws ReflectiveOperationException {
        return sessionType
                .getMethod("getDatasourcePlatform")
                .invoke(session)
                .getClass()
                .getName();
    }

    /**
     * EclipseLink repeats a query that failed for want of a connection, by default three times
     * five seconds apart. When the pool is exhausted each repeat waits for the pool's time-out
     * again, so a request that cannot get a connection held its thread for close to a minute in
     * the load run of 2026-12-02 and the waiting requests piled up. Without repeats it fails after
     * one time-out (10 s) and the caller gets its answer (an error page or 503).
     */
    void failQueriesWithoutRepeating() throws ReflectiveOperationException {
        Object login = sessionType.getMethod("getDatasourceLogin").invoke(session);
        login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
    }

    /** How often EclipseLink repeats a query that failed for want of a connection. */
    int queryRepeats() throws ReflectiveOperationException {
        Object login = sessionType.getMethod("getDatasourceLogin").invoke(session);
        return (Integer) login.getClass().getMethod("getQueryRetryAttemptCount").invoke(login);
    }
}

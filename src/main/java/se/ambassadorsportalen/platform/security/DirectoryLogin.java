package se.ambassadorsportalen.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks a password against the region's directory (LDAP or Active Directory): finds the user by
 * the name they typed (as the configured service account), then binds as that user with the
 * password, so the directory alone decides whether it is right and the portal never sees a hash.
 * What it learns (the person's key and the groups) becomes a {@link ProviderIdentity}, and the
 * account is found, linked and given its roles exactly as for single sign-on
 * ({@link ProviderAccounts}).
 *
 * <p>Why not Liberty's {@code ldapRegistry}: the portal's one authentication mechanism checks
 * passwords through the application's identity store (its own accounts), and Liberty consults a
 * server registry only for applications that define none; a registry beside the {@code basicRegistry}
 * of the metrics account would also need federation. This class is the equivalent that delegates
 * the password check to the directory, through the JDK's own LDAP client (no library), with
 * connect and read timeouts so a slow directory cannot hold request threads.
 */
@ApplicationScoped
public class DirectoryLogin {

    private static final Logger LOG = Logger.getLogger(DirectoryLogin.class.getName());
    private static final String CONNECT_TIMEOUT_MS = "5000";
    private static final String READ_TIMEOUT_MS = "10000";

    private DirectorySettings settings;

    @PostConstruct
    void readSettings() {
        var config = ConfigProvider.getConfig();
        settings = DirectorySettings.read(name -> config.getOptionalValue(name, String.class));
        if (settings.enabled()) {
            LOG.info(() -> "Passwords are also checked against the directory: " + settings);
        }
    }

    /** For tests and for other configuration sources. */
    void use(DirectorySettings directorySettings) {
        this.settings = directorySettings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Who the directory says the user is, if the password is right; empty if the user is not found
     * (or found twice), the password is wrong or empty, or the entry lacks the key attribute.
     *
     * @throws Unavailable when the directory cannot be reached or the service account is refused
     */
    public Optional<ProviderIdentity> authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty(); // an empty password would be an anonymous bind, which many directories allow
        }
        Optional<SearchResult> found = find(username.trim());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String dn = found.get().getNameInNamespace();
        try {
            connect(dn, password).close();
        } catch (AuthenticationException wrongPassword) {
            return Optional.empty();
        } catch (NamingException e) {
            throw new Unavailable(e);
        }
        return identity(found.get().getAttributes());
    }

    private Optional<SearchResult> find(String username) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2);
        controls.setReturningAttributes(new String[] {settings.keyAttribute(), settings.groupsAttribute()});
        DirContext context = null;
        try {
            context = connect(settings.bindDn(), settings.bindPassword());
            // {0} is passed as a filter argument, so the typed name is escaped (RFC 4515) and cannot change the filter
            NamingEnumeration<SearchResult> results =
                    context.search(settings.userBase(), settings.userFilter(), new Object[] {username}, controls);
            List<SearchResult> entries = new ArrayList<>();
            while (results.hasMore() && entries.size() < 2) {
                entries.add(results.next());
            }
            if (entries.size() > 1) {
                LOG.warning("Two directory entries match one typed username; nobody was let in");
                return Optional.empty();
            }
            return entries.stream().findFirst();
        } catch (javax.naming.SizeLimitExceededException twoOrMore) {
            LOG.warning("Two directory entries match one typed username; nobody was let in");
            return Optional.empty();
        } catch (NamingException e) {
            throw new Unavailable(e);
        } finally {
            close(context);
        }
    }

    private Optional<ProviderIdentity> identity(Attributes attributes) {
        try {
            Attribute key = attributes.get(settings.keyAttribute());
            String value =
                    settings.keyKind().normalise(key == null || key.get() == null ? null : String.valueOf(key.get()));
            if (value.isEmpty()) {
                LOG.warning(() -> "A directory user without " + settings.keyAttribute() + " was not let in");
                return Optional.empty();
            }
            List<String> groups = new ArrayList<>();
            Attribute memberOf = attributes.get(settings.groupsAttribute());
            if (memberOf != null) {
                NamingEnumeration<?> values = memberOf.getAll();
                while (values.hasMore()) {
                    groups.addAll(names(String.valueOf(values.next())));
                }
            }
            return Optional.of(new ProviderIdentity(
                    value,
                    settings.keyKind(),
                    settings.roles().rolesFor(groups),
                    settings.roles().owned(),
                    settings.managerFromUnits()));
        } catch (NamingException e) {
            throw new Unavailable(e);
        }
    }

    /** A group as the mapping may name it, in lower case: its whole DN or its first RDN's value ({@code cn}). */
    static List<String> names(String groupDn) {
        List<String> names = new ArrayList<>(List.of(groupDn.toLowerCase(Locale.ROOT)));
        try {
            List<Rdn> rdns = new LdapName(groupDn).getRdns();
            if (!rdns.isEmpty()) {
                names.add(String.valueOf(rdns.get(rdns.size() - 1).getValue()).toLowerCase(Locale.ROOT));
            }
        } catch (javax.naming.InvalidNameException notADn) {
            names.add(groupDn.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url().orElseThrow());
        environment.put("com.sun.jndi.ldap.connect.timeout", CONNECT_TIMEOUT_MS);
        environment.put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MS);
        environment.put(Context.REFERRAL, "ignore");
        if (principal.isEmpty()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return new InitialDirContext(environment);
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                LOG.fine(() -> "Closing a directory connection failed: " + e);
            }
        }
    }

    /** The directory could not be reached or refused the service account. */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(NamingException cause) {
            super("The directory could not be asked: " + cause.getMessage(), cause);
        }
    }
}

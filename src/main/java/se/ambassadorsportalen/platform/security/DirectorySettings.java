package se.ambassadorsportalen.platform.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * How the portal checks passwords against the region's directory (LDAP or Active Directory), read
 * once at start from MicroProfile Config like the single sign-on settings. Without
 * {@code portal.ldap.url} the directory login is off.
 *
 * @param url          {@code ldaps://dc.region.example:636} (or {@code ldap://} on a trusted network)
 * @param bindDn       the service account that searches for the user ({@code cn=portal,ou=services,...}); empty: anonymous search
 * @param userBase     where people are searched, the whole subtree
 * @param userFilter   finds the user by the name they typed, {@code {0}} ({@code (sAMAccountName={0})} for AD)
 * @param keyAttribute the attribute that holds the person's key ({@code employeeNumber} or {@code mail})
 * @param groupsAttribute the attribute that lists the user's groups as DNs ({@code memberOf})
 */
public record DirectorySettings(
        Optional<String> url,
        String bindDn,
        String bindPassword,
        String userBase,
        String userFilter,
        String keyAttribute,
        ProviderSettings.KeyKind keyKind,
        String groupsAttribute,
        GroupRoles roles,
        boolean managerFromUnits) {

    public static DirectorySettings read(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> set =
                name -> lookup.apply(name).map(String::trim).filter(v -> !v.isEmpty());
        DirectorySettings settings = new DirectorySettings(
                set.apply("portal.ldap.url"),
                set.apply("portal.ldap.bind.dn").orElse(""),
                lookup.apply("portal.ldap.bind.password").orElse(""),
                set.apply("portal.ldap.user.base").orElse(""),
                set.apply("portal.ldap.user.filter").orElse("(uid={0})"),
                set.apply("portal.ldap.key.attribute").orElse("mail"),
                ProviderSettings.KeyKind.parse(set.apply("portal.ldap.key.kind").orElse("email")),
                set.apply("portal.ldap.groups.attribute").orElse("memberOf"),
                GroupRoles.read("portal.ldap.roles.", set).lowerCased(),
                Boolean.parseBoolean(
                        set.apply("portal.ldap.roles.manager.from-units").orElse("true")));
        if (settings.enabled() && settings.userBase().isEmpty()) {
            throw new IllegalArgumentException("portal.ldap.url is set but portal.ldap.user.base is not");
        }
        if (settings.enabled() && !settings.userFilter().contains("{0}")) {
            throw new IllegalArgumentException("portal.ldap.user.filter must name the typed username as {0}");
        }
        return settings;
    }

    public boolean enabled() {
        return url.isPresent();
    }

    @Override
    public String toString() {
        // never the service account's password
        return "DirectorySettings[url=" + url.orElse("(off)") + ", bindDn=" + bindDn + ", userBase=" + userBase
                + ", userFilter=" + userFilter + ", keyAttribute=" + keyAttribute + " (" + keyKind
                + "), groupsAttribute="
                + groupsAttribute + ", roles=" + roles.groups() + ", managerFromUnits=" + managerFromUnits + "]";
    }
}

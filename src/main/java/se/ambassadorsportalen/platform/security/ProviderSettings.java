package se.ambassadorsportalen.platform.security;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the portal talks to the region's OpenID Connect provider, read once at start from
 * MicroProfile Config: Liberty variables, environment variables ({@code PORTAL_OIDC_ISSUER}) or
 * system properties. Without {@code portal.oidc.issuer} single sign-on is off and the portal
 * behaves as before. Plain data with the role mapping's rules, so it is unit-tested without a server.
 *
 * <p>The role mapping names, per portal role, the provider's groups that grant it
 * ({@code portal.oidc.roles.communicator=grp-communicators,grp-web}); {@code *} grants the role to
 * everyone the provider signs in. A role with a mapping is <em>owned by the provider</em>: every
 * sign-in through the provider sets it from the groups, so someone removed from the group loses
 * it at their next sign-in. A role without a mapping stays as an admin set it. The manager role
 * may instead follow the organisation: with {@code portal.oidc.roles.manager.from-units=true}
 * (the default) whoever manages a unit holds it.
 */
public record ProviderSettings(
        Optional<URI> issuer,
        String clientId,
        String clientSecret,
        List<String> scopes,
        String keyClaim,
        KeyKind keyKind,
        String groupsClaim,
        Map<Role, Set<String>> roleGroups,
        boolean managerFromUnits,
        String audience,
        String signatureAlgorithm) {

    /** Which of the person's keys the provider's key claim holds. */
    public enum KeyKind {
        EMPLOYEE_NUMBER,
        EMAIL;

        static KeyKind parse(String value) {
            String plain = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            return switch (plain) {
                case "EMAIL", "E_MAIL", "MAIL" -> EMAIL;
                case "EMPLOYEE_NUMBER", "EMPLOYEENUMBER", "EMPLOYEE_ID" -> EMPLOYEE_NUMBER;
                default ->
                    throw new IllegalArgumentException(
                            "portal.oidc.key.kind must be employee-number or email, not " + value);
            };
        }

        /** The key as the portal stores and compares it: e-mail addresses without regard to case. */
        public String normalise(String raw) {
            String trimmed = raw == null ? "" : raw.trim();
            return this == EMAIL ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
        }
    }

    public ProviderSettings {
        scopes = List.copyOf(scopes);
        roleGroups = new GroupRoles(roleGroups).groups();
    }

    /** Reads the settings through {@code lookup} (a property name to its value, if set and not blank). */
    public static ProviderSettings read(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> set =
                name -> lookup.apply(name).map(String::trim).filter(v -> !v.isEmpty());
        Optional<URI> issuer = set.apply("portal.oidc.issuer").map(URI::create);
        String clientId = set.apply("portal.oidc.client.id").orElse("");
        Map<Role, Set<String>> groups =
                GroupRoles.read("portal.oidc.roles.", set).groups();
        ProviderSettings settings = new ProviderSettings(
                issuer,
                clientId,
                set.apply("portal.oidc.client.secret").orElse(""),
                List.copyOf(names(set.apply("portal.oidc.scopes").orElse("openid profile email"))),
                set.apply("portal.oidc.key.claim").orElse("email"),
                KeyKind.parse(set.apply("portal.oidc.key.kind").orElse("email")),
                set.apply("portal.oidc.groups.claim").orElse("groups"),
                groups,
                Boolean.parseBoolean(
                        set.apply("portal.oidc.roles.manager.from-units").orElse("true")),
                set.apply("portal.oidc.audience").orElse(clientId),
                set.apply("portal.oidc.signature.algorithm").orElse("RS256"));
        if (settings.enabled() && clientId.isEmpty()) {
            throw new IllegalArgumentException("portal.oidc.issuer is set but portal.oidc.client.id is not");
        }
        return settings;
    }

    private static Set<String> names(String list) {
        return GroupRoles.names(list);
    }

    /** Whether single sign-on is configured at all. */
    public boolean enabled() {
        return issuer.isPresent();
    }

    /** The roles a group mapping exists for. */
    public Set<Role> groupOwnedRoles() {
        return new GroupRoles(roleGroups).owned();
    }

    /** The roles that someone in {@code groups} holds by the mapping (the organisation's managers aside). */
    public Set<Role> rolesFor(Collection<String> groups) {
        return new GroupRoles(roleGroups).rolesFor(groups);
    }

    @Override
    public String toString() {
        // never the client secret, should the settings ever be logged
        return "ProviderSettings[issuer=" + issuer.map(URI::toString).orElse("(off)") + ", clientId=" + clientId
                + ", keyClaim=" + keyClaim + " (" + keyKind + "), groupsClaim=" + groupsClaim
                + ", roleGroups=" + roleGroups + ", managerFromUnits=" + managerFromUnits + "]";
    }
}

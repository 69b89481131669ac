package se.ambassadorsportalen.platform.security;

/**
 * The admin's switch for local passwords, kept as the portal setting {@link #SETTING} ("true" or
 * "false"; no row means on). Off is honoured only while single sign-on is configured, so a
 * removed provider setting can never lock everyone out.
 */
public final class LocalPasswords {

    public static final String SETTING = "security.local-passwords";

    private LocalPasswords() {}
}

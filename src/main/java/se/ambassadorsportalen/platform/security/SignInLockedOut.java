package se.ambassadorsportalen.platform.security;

/**
 * A username ran out of password attempts. The organisation module tells the account's owner
 * by mail, since a lockout they did not cause means someone is guessing their password.
 */
public record SignInLockedOut(String username, java.time.Duration lockedFor) {}

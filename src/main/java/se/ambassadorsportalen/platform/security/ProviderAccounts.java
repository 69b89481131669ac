package se.ambassadorsportalen.platform.security;

/**
 * The accounts of people the OpenID Connect provider signed in. The authentication mechanism
 * needs it but the platform knows no business module, so the organisation module, which owns the
 * accounts and people, provides it (a service provider interface, like {@code SavedLanguages}).
 */
public interface ProviderAccounts {

    /**
     * Finds the account for the identity, linking it on the first sign-in: by the key already on an
     * account, else the person with that employee number or e-mail and their account (one is made
     * when they have none). Sets the roles the provider owns from the identity, in its own
     * transaction, so the caller reads the account as it now stands.
     */
    Outcome signIn(ProviderIdentity identity);

    /** Why someone the provider signed in is not let into the portal. */
    enum Refusal {
        /** No person in the organisation has the key (the HR import has not brought them in). */
        UNKNOWN_PERSON,
        /** The account is deactivated (a leaver, or an admin's decision). */
        DEACTIVATED
    }

    /** The account's username, or why there is none. */
    record Outcome(String username, Refusal refusal) {

        public static Outcome signedIn(String username) {
            return new Outcome(username, null);
        }

        public static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal);
        }

        public boolean admitted() {
            return refusal == null;
        }
    }
}

package se.ambassadorsportalen.platform.security;

/**
 * The roles of the portal. A person may hold several; every member of staff normally holds
 * {@link #EMPLOYEE} besides any other. {@link #HR_IMPORT} is for an integration account only (the
 * HR system's nightly job with a personal token): it may run the HR import and nothing else. The names are the group names the identity store returns
 * and the role names in {@code web.xml} and {@code @RolesAllowed}, so they never change.
 */
public enum Role {
    EMPLOYEE,
    MANAGER,
    PRESS_OFFICER,
    HR,
    COMMUNICATOR,
    ADMIN,
    HR_IMPORT;

    /** String constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String EMPLOYEE = "EMPLOYEE";
        public static final String MANAGER = "MANAGER";
        public static final String PRESS_OFFICER = "PRESS_OFFICER";
        public static final String HR = "HR";
        public static final String COMMUNICATOR = "COMMUNICATOR";
        public static final String ADMIN = "ADMIN";
        public static final String HR_IMPORT = "HR_IMPORT";

        private Names() {}
    }
}

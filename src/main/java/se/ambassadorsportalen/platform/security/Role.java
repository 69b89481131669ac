package se.ambassadorsportalen.platform.security;

/**
 * The six roles of the portal. A person may hold several; every member of staff normally holds
 * {@link #EMPLOYEE} besides any other. The names are the group names the identity store returns
 * and the role names in {@code web.xml} and {@code @RolesAllowed}, so they never change.
 */
public enum Role {
    EMPLOYEE, MANAGER, PRESS_OFFICER, HR, COMMUNICATOR, ADMIN;

    /** String constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String EMPLOYEE = "EMPLOYEE";
        public static final String MANAGER = "MANAGER";
        public static final String PRESS_OFFICER = "PRESS_OFFICER";
        public static final String HR = "HR";
        public static final String COMMUNICATOR = "COMMUNICATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}

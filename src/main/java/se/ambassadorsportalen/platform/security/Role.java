package se.ambassadorsportalen.platform.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /**
     * "Everyone signed in": every role a member of staff signs in with, that is all but the
     * integration account's {@link #HR_IMPORT}. An annotation cannot take an array constant, so a
     * bean open to all staff writes the list out once, in a class-level {@code @RolesAllowed}
     * ({@code EMPLOYEE, MANAGER, PRESS_OFFICER, HR, COMMUNICATOR, ADMIN}) that its narrower methods
     * override; ArchitectureTest checks every list that admits both employees and admins against
     * this set, so a new staff role cannot be forgotten in one of them.
     */
    public static final Set<Role> STAFF = Collections.unmodifiableSet(EnumSet.range(EMPLOYEE, ADMIN));

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

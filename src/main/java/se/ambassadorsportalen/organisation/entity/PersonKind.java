package se.ambassadorsportalen.organisation.entity;

/** Elected officials (förtroendevalda) are spokespeople but not employees: they have no unit and no manager. */
public enum PersonKind {
    EMPLOYEE,
    ELECTED_OFFICIAL
}

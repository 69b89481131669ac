package se.ambassadorsportalen.organisation.entity;

/** Administrations (förvaltningar) are the top of the tree; units (enheter) sit under them or under other units. */
public enum UnitKind {
    ADMINISTRATION,
    UNIT
}

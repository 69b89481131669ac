package se.ambassadorsportalen.organisation.entity;

import se.ambassadorsportalen.platform.i18n.LabelKeys;

/** Administrations (förvaltningar) are the top of the tree; units (enheter) sit under them or under other units. */
@LabelKeys("organisation.unit.kind.")
public enum UnitKind {
    ADMINISTRATION,
    UNIT
}

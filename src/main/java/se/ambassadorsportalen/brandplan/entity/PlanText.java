package se.ambassadorsportalen.brandplan.entity;

import se.ambassadorsportalen.brandplan.api.Wording;

/**
 * A record's texts in one language (the map key of its texts). Each kind of record maps its own
 * embeddable ({@link AssociationText}, {@link GroupText}) to its own table, so neither depends on
 * how EclipseLink shares one embeddable between two element collections.
 */
public interface PlanText {

    Wording wording();
}

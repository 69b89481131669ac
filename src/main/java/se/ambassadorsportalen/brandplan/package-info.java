/**
 * The employer-brand plan as data: the brand associations every piece of communication carries
 * and the target groups (with sub-groups) it is written for. Communicators maintain them; stories,
 * news items and the brand goals refer to them by their stable code, so renaming one changes what
 * every old story shows and never what it refers to, and a record in use is retired, not deleted.
 * Other modules read the records as {@link se.ambassadorsportalen.brandplan.api.PlanEntry} through
 * {@link se.ambassadorsportalen.brandplan.boundary.BrandPlan}.
 */
package se.ambassadorsportalen.brandplan;

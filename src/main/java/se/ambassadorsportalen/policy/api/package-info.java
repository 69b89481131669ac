/**
 * The policy module's published types: values and records other modules may hold (a channel's
 * summary, a material type's names, a rating, a readability score). Other modules reach the
 * policy module only through these and the {@code boundary} package, never its entities.
 */
package se.ambassadorsportalen.policy.api;

/**
 * The open lobbying register. The communication-and-influence policy says lobbying is done openly:
 * the organisation tells whom it meets and which issues it drives. Managers (the officials who meet
 * organisations) and communicators (who record on behalf of elected officials) record meetings; anyone
 * reads them without login on {@code /public/lobbying.xhtml}, as JSON under
 * {@code /api/v1/public/lobbying}, as Atom on {@code /feed/lobbying.atom} and as CSV. An entry is
 * corrected, never silently deleted: every state it has had is kept as a revision, and a withdrawn
 * entry stays visible with the reason it was withdrawn.
 */
package se.ambassadorsportalen.lobbying;

/**
 * The ambassador programme: employees sign up as ambassadors (their manager endorses, a
 * communicator accepts), complete training, invite colleagues and take a week of the Instagram
 * relay. Communicators search the ambassadors and see where the programme lacks breadth.
 * {@code boundary} is the only transactional entry, {@code control} holds the pure calculations
 * (coverage, rota gaps, photo checks), {@code entity} the rules of each state change.
 */
package se.ambassadorsportalen.ambassador;

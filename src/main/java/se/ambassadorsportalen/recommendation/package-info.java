/**
 * The recommendation rate: the share of employees who would recommend us as an employer, from the
 * employee survey, against HR's goal (e.g. 70 % to 80 %), by unit and over time. Answers are stored
 * only as counts per round, unit, grouping and answer value, never with a person, and no figure is
 * shown that would let anyone compute a group smaller than the anonymity floor
 * ({@link se.ambassadorsportalen.recommendation.control.AnonymityRule}).
 */
package se.ambassadorsportalen.recommendation;

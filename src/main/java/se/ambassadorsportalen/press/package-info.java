/**
 * Press contact: the spokesperson registry (who answers for which units, areas and topics, and
 * when they can be reached), rule-based routing of media inquiries with an explanation in words
 * for every proposal, and the log of inquiries the organisation receives, with deadlines, figures,
 * export and anonymisation after a retention period. The log records inquiries made to the
 * organisation only: employees' own contacts with media are protected (meddelarfrihet) and never
 * recorded. The routing itself is a pure function in {@code control}; the boundary feeds it an
 * in-memory snapshot of the registry.
 */
package se.ambassadorsportalen.press;

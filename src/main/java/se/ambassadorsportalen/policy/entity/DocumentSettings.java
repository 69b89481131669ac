package se.ambassadorsportalen.policy.entity;

import java.time.LocalDate;

/** The parts of a document that are not versioned: its kind, owner, adopting body and the acknowledgement it asks for. */
public record DocumentSettings(
        DocumentType type,
        String ownerName,
        String adoptedBy,
        boolean requiresAcknowledgement,
        LocalDate acknowledgementDue) {}

package se.ambassadorsportalen.lobbying.entity;

/** A register entry is published from the start; withdrawn is the only way out, and it stays visible. */
public enum MeetingStatus {
    PUBLISHED,
    WITHDRAWN
}

package se.ambassadorsportalen.ambassador.entity;

/** What an ambassador can be trained for; a training module names the purposes that require it. */
public enum Purpose {
    /** Being an ambassador at all: posting about work in one's own channels. */
    AMBASSADOR,
    /** Running the organisation's Instagram account for a week. */
    RELAY,
    /** Speaking to journalists as an expert. */
    MEDIA
}

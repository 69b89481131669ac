package se.ambassadorsportalen.followup.entity;

/**
 * Which rate a channel is followed up on: the activity rate (LinkedIn: interactions and clicks per
 * impression over the month) or the interaction rate (Facebook: interactions per reach). The
 * figure is entered as the channel's statistics tool reports it; the kind names it.
 */
public enum RateKind {
    ACTIVITY,
    INTERACTION
}

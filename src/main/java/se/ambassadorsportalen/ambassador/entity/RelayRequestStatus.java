package se.ambassadorsportalen.ambassador.entity;

/** A request for a relay week: waiting for a communicator, confirmed, or declined. */
public enum RelayRequestStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED
}

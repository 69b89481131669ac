package se.ambassadorsportalen.ambassador.entity;

/** Where an ambassador is in the programme. DECLINED applications may apply again; LEFT is final for that record. */
public enum AmbassadorStatus {
    APPLIED,
    ACTIVE,
    PAUSED,
    LEFT,
    DECLINED
}

package se.ambassadorsportalen.ambassador.entity;

import se.ambassadorsportalen.platform.i18n.LabelKeys;

/** Where an ambassador is in the programme. DECLINED applications may apply again; LEFT is final for that record. */
@LabelKeys("ambassador.status.")
public enum AmbassadorStatus {
    APPLIED,
    ACTIVE,
    PAUSED,
    LEFT,
    DECLINED
}

package se.ambassadorsportalen.press.entity;

import se.ambassadorsportalen.platform.i18n.LabelKeys;

/** The life of a media inquiry. NEW and ASSIGNED are open: they are on the board until answered, declined or closed. */
@LabelKeys("press.status.")
public enum InquiryStatus {
    NEW,
    ASSIGNED,
    ANSWERED,
    DECLINED,
    CLOSED;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED;
    }
}

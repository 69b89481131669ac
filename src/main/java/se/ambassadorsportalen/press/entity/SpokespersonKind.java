package se.ambassadorsportalen.press.entity;

import se.ambassadorsportalen.platform.i18n.LabelKeys;

/** What a spokesperson speaks as: the routing rules name these kinds as their targets. */
@LabelKeys("press.kind.")
public enum SpokespersonKind {
    ELECTED_OFFICIAL,
    MANAGER,
    EXPERT,
    COMMUNICATIONS
}

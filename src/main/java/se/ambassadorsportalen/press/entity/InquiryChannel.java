package se.ambassadorsportalen.press.entity;

/** How a media inquiry reached the organisation. */
public enum InquiryChannel {
    PHONE,
    EMAIL,
    SOCIAL,
    IN_PERSON,
    OTHER
}

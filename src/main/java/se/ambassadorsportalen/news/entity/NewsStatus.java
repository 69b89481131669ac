package se.ambassadorsportalen.news.entity;

/** An item is written as a draft, which only communicators see, and then published to its audience. */
public enum NewsStatus {
    DRAFT,
    PUBLISHED
}

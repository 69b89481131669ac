package se.ambassadorsportalen.recommendation.entity;

/**
 * Goal 2's three questions to a target group: do you know us, do you know what we offer as an
 * employer, do you know what sets us apart. Labels in the recommendation bundle
 * ({@code recommendation.knowledge.<NAME>}).
 */
public enum KnowledgeQuestion {
    KNOW_US,
    KNOW_OFFER,
    KNOW_DIFFERENCE
}

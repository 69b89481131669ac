package se.ambassadorsportalen.news.entity;

/** What an item is about; readers subscribe to topics. Labels in the news bundle ({@code news.topic.<NAME>}). */
public enum NewsTopic {
    ORGANISATION,
    HEALTHCARE,
    WORKPLACE,
    RESEARCH,
    EDUCATION,
    REGIONAL_DEVELOPMENT
}

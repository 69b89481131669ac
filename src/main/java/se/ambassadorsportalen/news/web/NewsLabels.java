package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsTopic;

/** The fixed lists the news pages choose from (brand associations are data: {@code brandPlan}). */
@Named
@ApplicationScoped
public class NewsLabels {

    public NewsTopic[] getTopics() {
        return NewsTopic.values();
    }

    public DigestFrequency[] getFrequencies() {
        return DigestFrequency.values();
    }
}

package se.ambassadorsportalen.news.entity;

import java.util.Set;

/** What a communicator writes: the item's text and who it is for (no units means the whole organisation). */
public record NewsDraft(String title, String body, NewsTopic topic, String brand, Set<Long> audienceUnitIds) {

    public NewsDraft {
        audienceUnitIds = audienceUnitIds == null ? Set.of() : Set.copyOf(audienceUnitIds);
    }
}

package se.ambassadorsportalen.news.rest;

import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The news module's JSON shapes. The body goes out as its Markdown source and as the safe HTML the portal shows. */
public final class NewsViews {

    private NewsViews() {}

    public record ItemView(
            long id,
            long version,
            String title,
            String body,
            String html,
            String topic,
            String brand,
            boolean wholeOrganisation,
            Set<Long> audienceUnitIds,
            String status,
            String publishedAt,
            boolean hasImage) {
        public static ItemView of(NewsItem i) {
            return new ItemView(
                    i.getId(),
                    i.getVersion(),
                    i.getTitle(),
                    i.getBody(),
                    i.getHtml(),
                    i.getTopic().name(),
                    i.getBrand(),
                    i.isAudienceAll(),
                    i.getAudienceUnitIds(),
                    i.getStatus().name(),
                    PortalTime.iso(i.getPublishedAt()),
                    i.isHasImage());
        }
    }

    public record ItemPage(List<ItemView> items, long total, int first, int size) {}

    /** A new item or a change; no audience units means the whole organisation. */
    public record ItemInput(
            Long version, String title, String body, String topic, String brand, Set<Long> audienceUnitIds) {}

    public record Publication(long version) {}

    public record Subscriptions(Set<String> topics, Set<Long> unitIds, String frequency, boolean hasFeed) {
        public static Subscriptions of(NewsReader reader) {
            return new Subscriptions(
                    reader.getTopics().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                    reader.getUnitIds(),
                    reader.getFrequency().name(),
                    reader.isHasFeed());
        }
    }

    /** The private feed address, shown once. */
    public record FeedAddress(String url) {}

    public record DigestRun(String frequency, int mailsSent) {}
}

package se.ambassadorsportalen.story.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.story.entity.Consent;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryEvent;
import se.ambassadorsportalen.story.entity.StoryPhoto;

/** The JSON shapes of the story API, as records (JSON-B writes them as they are). */
public final class StoryViews {

    private StoryViews() {}

    public record PersonRef(long id, String name) {
        static PersonRef of(Person person) {
            return person == null ? null : new PersonRef(person.getId(), person.getDisplayName());
        }
    }

    public record ConsentView(
            long id,
            long storyId,
            String storyTitle,
            String name,
            boolean external,
            String howObtained,
            String status,
            String answeredAt) {
        static ConsentView of(Consent consent) {
            return new ConsentView(
                    consent.getId(),
                    consent.getStory().getId(),
                    consent.getStory().getTitle(),
                    consent.getDisplayName(),
                    consent.isExternal(),
                    consent.getExternalMethod(),
                    consent.getStatus().name(),
                    PortalTime.iso(consent.getAnsweredAt()));
        }
    }

    public record PhotoView(long id, String large, String small, String altText, int width, int height) {
        /** A photo of the public feed, linked from the portal's configured address (not the request's Host). */
        static PhotoView ofPublic(se.ambassadorsportalen.story.boundary.Portrait.Photo photo, String portalRoot) {
            String path = portalRoot + "/api/v1/public/photos/" + photo.id() + "/";
            return new PhotoView(
                    photo.id(), path + "large", path + "small", photo.altText(), photo.width(), photo.height());
        }

        static PhotoView of(StoryPhoto photo, UriInfo uri, boolean publicUrl) {
            var builder = publicUrl
                    ? uri.getBaseUriBuilder().path("public/photos/{id}/{size}")
                    : uri.getBaseUriBuilder().path("stories/photos/{id}/{size}");
            return new PhotoView(
                    photo.getId(),
                    builder.build(photo.getId(), "large").toString(),
                    builder.build(photo.getId(), "small").toString(),
                    photo.getAltText(),
                    photo.getWidth(),
                    photo.getHeight());
        }
    }

    public record PlacementView(
            long id, String channel, String scheduledAt, String publishedAt, String link, String takenDownAt) {
        static PlacementView of(Placement p) {
            return new PlacementView(
                    p.getId(),
                    p.getChannelCode(),
                    PortalTime.iso(p.getScheduledAt()),
                    PortalTime.iso(p.getPublishedAt()),
                    p.getLink(),
                    PortalTime.iso(p.getTakenDownAt()));
        }
    }

    public record EventView(String action, PersonRef actor, String at, String note) {
        static EventView of(StoryEvent e) {
            return new EventView(
                    e.getAction().name(), PersonRef.of(e.getActor()), PortalTime.iso(e.getHappenedAt()), e.getNote());
        }
    }

    public record Lix(double value, String band) {
        static Lix of(LixScore score) {
            return score == null || !score.hasText()
                    ? null
                    : new Lix(score.lix(), score.band().name());
        }
    }

    public record StorySummary(
            long id,
            long version,
            String title,
            String status,
            String materialType,
            PersonRef author,
            String updatedAt) {
        static StorySummary of(Story s) {
            return new StorySummary(
                    s.getId(),
                    s.getVersion(),
                    s.getTitle(),
                    s.getStatus().name(),
                    s.getMaterialType(),
                    PersonRef.of(s.getAuthor()),
                    PortalTime.iso(s.getUpdatedAt()));
        }
    }

    public record StoryView(
            long id,
            long version,
            String title,
            String body,
            String materialType,
            String status,
            PersonRef author,
            PersonRef approver,
            List<String> targetGroups,
            List<String> brands,
            List<String> channels,
            Map<String, String> justifications,
            boolean showFirstName,
            String returnComment,
            Lix lix,
            List<ConsentView> consents,
            List<PhotoView> photos,
            List<PlacementView> placements,
            List<EventView> history) {
        static StoryView of(Story s, LixScore lix, UriInfo uri) {
            return new StoryView(
                    s.getId(),
                    s.getVersion(),
                    s.getTitle(),
                    s.getBody(),
                    s.getMaterialType(),
                    s.getStatus().name(),
                    PersonRef.of(s.getAuthor()),
                    PersonRef.of(s.getApprover()),
                    s.getTargetGroups().stream().sorted().toList(),
                    s.getBrands().stream().sorted().toList(),
                    List.copyOf(s.getSuggestedChannels()),
                    s.getJustifications(),
                    s.isShowFirstName(),
                    s.getReturnComment(),
                    Lix.of(lix),
                    s.getConsents().stream().map(ConsentView::of).toList(),
                    s.getPhotos().stream().map(p -> PhotoView.of(p, uri, false)).toList(),
                    s.getPlacements().stream().map(PlacementView::of).toList(),
                    s.getEvents().stream().map(EventView::of).toList());
        }
    }

    public record PageView<T>(List<T> items, long total, int first, int size) {}
}

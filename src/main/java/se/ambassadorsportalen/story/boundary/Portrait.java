package se.ambassadorsportalen.story.boundary;

import java.time.LocalDateTime;
import java.util.List;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;

/**
 * A staff portrait as the public sees it: only what the author agreed to show (the first name
 * only if they said so, never the surname or contact details), the channels where it was posted
 * and when it was last posted. Built inside the transaction, so pages and feeds need no lazy loading.
 */
public record Portrait(long id, String title, String text, String profession, String unit, String town,
                       String firstName, List<StoryPhoto> photos, List<String> channels, LocalDateTime published) {

    static Portrait of(Story story) {
        Person author = story.getAuthor();
        return new Portrait(story.getId(), story.getTitle(), story.getBody() == null ? "" : story.getBody(),
                author.getProfession(), author.getUnit() == null ? null : author.getUnit().getName(), author.getTown(),
                story.isShowFirstName() ? author.getFirstName() : null, story.getPhotos(),
                story.getPlacements().stream().filter(Placement::isPublished).map(Placement::getChannelCode).toList(),
                story.lastPublishedAt().orElseThrow());
    }

    /** The first photo, if any: the one lists and feeds show. */
    public StoryPhoto cover() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    public boolean hasCover() {
        return !photos.isEmpty();
    }
}

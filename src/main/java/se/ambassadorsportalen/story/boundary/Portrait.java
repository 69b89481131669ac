package se.ambassadorsportalen.story.boundary;

import java.time.Instant;
import java.util.List;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;

/**
 * A staff portrait as the public sees it: only what the author agreed to show (the first name
 * only if they said so, never the surname or contact details), the channels where it was posted
 * and when it was last posted. Built inside the transaction and holding no entity, so pages and
 * feeds need no lazy loading and a page of portraits can be kept and shared between visitors.
 */
public record Portrait(
        long id,
        String title,
        String text,
        String profession,
        String unit,
        String town,
        String firstName,
        List<Photo> photos,
        List<String> channels,
        Instant published) {

    /** What the public sees of a photo: the image itself is fetched by its id. */
    public record Photo(long id, String contentType, int width, int height, String altText) {

        static Photo of(StoryPhoto photo) {
            return new Photo(
                    photo.getId(), photo.getContentType(), photo.getWidth(), photo.getHeight(), photo.getAltText());
        }
    }

    static Portrait of(Story story) {
        Person author = story.getAuthor();
        return new Portrait(
                story.getId(),
                story.getTitle(),
                story.getBody() == null ? "" : story.getBody(),
                author.getProfession(),
                author.getUnit() == null ? null : author.getUnit().getName(),
                author.getTown(),
                story.isShowFirstName() ? author.getFirstName() : null,
                story.getPhotos().stream().map(Photo::of).toList(),
                story.getPlacements().stream()
                        .filter(Placement::isPublished)
                        .map(Placement::getChannelCode)
                        .toList(),
                story.lastPublishedAt().orElseThrow());
    }

    /** The first photo, if any: the one lists and feeds show. */
    public Photo cover() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    public boolean hasCover() {
        return !photos.isEmpty();
    }
}

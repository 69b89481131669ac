package se.ambassadorsportalen.story.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.organisation.demo.OrganisationLargeDemo;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.story.control.StoryGenerator;
import se.ambassadorsportalen.story.entity.StoryAction;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * The large profile's stories (see {@link StoryGenerator}) with their histories, placements, consents
 * and photos, written with JDBC batches into the story module's own tables. Photos come from a pool of
 * a few drawn portraits at a modest size, so twenty thousand stories stay a database of some hundred
 * megabytes; each photo row still holds its own copy, as an upload would.
 */
@ApplicationScoped
public class StoryLargeDemo implements DemoContent {

    static final int PHOTOS = 6;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    OrganisationLargeDemo organisation;

    @Inject
    OrganisationDemo organisationDemo;

    @Override
    public String module() {
        return "story-large";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        List<StoryGenerator.Author> authors = organisation.staff().stream()
                .map(m -> new StoryGenerator.Author(
                        m.personId(), m.unitId(), m.firstName(), m.profession(), m.town(), m.approverId()))
                .toList();
        long klara = organisationDemo.person("klara").getId();
        LocalDateTime now = PortalTime.now().withSecond(0).withNano(0);
        List<StoryGenerator.Plan> plans =
                StoryGenerator.generate(authors, DemoVolume.LARGE.stories(), PHOTOS, now, 20_000L);
        List<PhotoSanitizer.CleanPhoto> photos = photos();
        try (Connection connection = dataSource.getConnection()) {
            write(connection, plans, photos, klara);
        } catch (SQLException e) {
            throw new IllegalStateException("The large demo's stories could not be written", e);
        }
    }

    /** Writes the stories with everything that hangs on them; {@code communicator} scheduled and published them. */
    public static void write(
            Connection connection,
            List<StoryGenerator.Plan> plans,
            List<PhotoSanitizer.CleanPhoto> photos,
            long communicator)
            throws SQLException {
        try (BatchInsert stories = new BatchInsert(
                        connection,
                        "insert into story (id, version, author_id, approver_id,"
                                + " title, body, material_type, show_first_name, status, return_comment, created_at, updated_at,"
                                + " submitted_at, approved_at, withdrawn_at, " + SortKeys.COLUMNS
                                + ") values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                BatchInsert groups = new BatchInsert(
                        connection,
                        "insert into story_target_group (story_id, target_group)" + " values (?, ?)",
                        stories);
                BatchInsert brands = new BatchInsert(
                        connection, "insert into story_brand (story_id, brand) values (?, ?)", stories);
                BatchInsert channels = new BatchInsert(
                        connection,
                        "insert into story_suggested_channel (story_id," + " channel_code) values (?, ?)",
                        stories);
                BatchInsert consents = new BatchInsert(
                        connection,
                        "insert into story_consent (id, version, story_id,"
                                + " person_id, status, requested_at, answered_at) values (?, 0, ?, ?, ?, ?, ?)",
                        stories);
                BatchInsert photoRows = new BatchInsert(
                        connection,
                        "insert into story_photo (id, version, story_id,"
                                + " content_type, width, height, alt_text, large_image, small_image, created_at)"
                                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                        stories);
                BatchInsert placements = new BatchInsert(
                        connection,
                        "insert into story_placement (id, version, story_id,"
                                + " channel_code, scheduled_at, scheduled_by, published_at, post_link, taken_down_at)"
                                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                        stories);
                BatchInsert events = new BatchInsert(
                        connection,
                        "insert into story_event (id, version, story_id, actor_id,"
                                + " action, happened_at, note) values (?, 0, ?, ?, ?, ?, ?)",
                        stories)) {
            IdBlocks ids = new IdBlocks(connection);
            for (StoryGenerator.Plan plan : plans) {
                long id = ids.next();
                LocalDateTime updated = latest(plan);
                byte[][] keys = SortKeys.of(plan.title()).values(); // as Story keeps them, for the list by title
                stories.row(
                        id,
                        plan.authorId(),
                        plan.approverId(),
                        plan.title(),
                        plan.body(),
                        plan.materialType(),
                        plan.showFirstName(),
                        plan.status().name(),
                        plan.returnComment(),
                        at(plan.createdAt()),
                        at(updated),
                        at(plan.submittedAt()),
                        at(plan.approvedAt()),
                        at(plan.withdrawnAt()),
                        keys[0],
                        keys[1],
                        keys[2]);
                for (String group : plan.groups()) {
                    groups.row(id, group);
                }
                for (String brand : plan.brands()) {
                    brands.row(id, brand);
                }
                for (String channel : plan.channels()) {
                    channels.row(id, channel);
                }
                events.row(ids.next(), id, plan.authorId(), StoryAction.CREATED.name(), at(plan.createdAt()), null);
                for (StoryGenerator.Consent consent : plan.consents()) {
                    boolean answered = consent.status() != se.ambassadorsportalen.story.entity.ConsentStatus.PENDING;
                    consents.row(
                            ids.next(),
                            id,
                            consent.personId(),
                            consent.status().name(),
                            at(plan.createdAt()),
                            answered ? at(plan.createdAt().plusHours(3)) : null);
                    if (answered) {
                        events.row(
                                ids.next(),
                                id,
                                consent.personId(),
                                StoryAction.CONSENT_GIVEN.name(),
                                at(plan.createdAt().plusHours(3)),
                                null);
                    }
                }
                if (plan.photo() >= 0) {
                    PhotoSanitizer.CleanPhoto photo = photos.get(plan.photo());
                    photoRows.row(
                            ids.next(),
                            id,
                            photo.contentType(),
                            photo.width(),
                            photo.height(),
                            "Porträtt av " + plan.title().toLowerCase(),
                            photo.large(),
                            photo.small(),
                            at(plan.createdAt()));
                }
                if (plan.submittedAt() != null) {
                    events.row(
                            ids.next(),
                            id,
                            plan.authorId(),
                            StoryAction.SUBMITTED.name(),
                            at(plan.submittedAt()),
                            null);
                }
                if (plan.status() == StoryStatus.RETURNED) {
                    events.row(
                            ids.next(),
                            id,
                            plan.approverId(),
                            StoryAction.RETURNED.name(),
                            at(plan.submittedAt().plusHours(20)),
                            plan.returnComment());
                }
                if (plan.approvedAt() != null) {
                    events.row(
                            ids.next(),
                            id,
                            plan.approverId(),
                            StoryAction.APPROVED.name(),
                            at(plan.approvedAt()),
                            null);
                }
                if (plan.publishAt() != null) {
                    boolean published = plan.status() != StoryStatus.SCHEDULED;
                    LocalDateTime scheduledAt = plan.approvedAt().plusHours(1);
                    int n = 0;
                    for (String channel : plan.channels()) {
                        LocalDateTime at = plan.publishAt().plusHours(n++);
                        placements.row(
                                ids.next(),
                                id,
                                channel,
                                at(at),
                                communicator,
                                published ? at(at) : null,
                                published ? "https://www.fjallmark.example/" + channel.toLowerCase() + "/" + id : null,
                                at(plan.withdrawnAt()));
                        events.row(
                                ids.next(), id, communicator, StoryAction.SCHEDULED.name(), at(scheduledAt), channel);
                        if (published) {
                            events.row(ids.next(), id, communicator, StoryAction.PUBLISHED.name(), at(at), channel);
                        }
                    }
                }
                if (plan.withdrawnAt() != null) {
                    events.row(
                            ids.next(),
                            id,
                            plan.authorId(),
                            StoryAction.WITHDRAWN.name(),
                            at(plan.withdrawnAt()),
                            null);
                }
            }
        }
    }

    private static OffsetDateTime at(LocalDateTime wallClock) {
        return BatchInsert.instant(wallClock);
    }

    private static LocalDateTime latest(StoryGenerator.Plan plan) {
        LocalDateTime latest = plan.createdAt();
        for (LocalDateTime at : new LocalDateTime[] {
            plan.submittedAt(),
            plan.approvedAt(),
            plan.withdrawnAt(),
            plan.status() == StoryStatus.SCHEDULED ? null : plan.publishAt()
        }) {
            if (at != null && at.isAfter(latest)) {
                latest = at;
            }
        }
        return latest;
    }

    /** A few portraits drawn once, stored at a smaller edge than uploads so the pool stays light. */
    private static List<PhotoSanitizer.CleanPhoto> photos() {
        PhotoSanitizer sanitizer =
                new PhotoSanitizer(new PhotoSanitizer.Limits(10L * 1024 * 1024, 40_000_000L, 12_000, 640, 240));
        Color[][] colours = {
            {new Color(0, 94, 133), new Color(120, 190, 200)}, {new Color(40, 110, 60), new Color(200, 230, 170)},
            {new Color(160, 60, 40), new Color(250, 210, 150)}, {new Color(90, 40, 120), new Color(230, 160, 200)},
            {new Color(30, 60, 90), new Color(180, 200, 220)}, {new Color(120, 120, 40), new Color(240, 240, 190)}
        };
        List<PhotoSanitizer.CleanPhoto> photos = new ArrayList<>();
        for (int i = 0; i < PHOTOS; i++) {
            photos.add(sanitizer.clean(
                    StoryDemo.drawPortrait(colours[i % colours.length][0], colours[i % colours.length][1], "")));
        }
        return photos;
    }
}

package se.ambassadorsportalen.press.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.ambassadorsportalen.organisation.demo.OrganisationLargeDemo;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.press.control.PressGenerator;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.InquiryStatus;

/**
 * The large profile's press desk (see {@link PressGenerator}) beside the small demo's: topics,
 * spokespeople among the generated employees and inquiries over the last two years (inside the
 * default retention period, so the nightly anonymisation has nothing to catch up on), written with
 * JDBC batches into the press module's own tables.
 */
@ApplicationScoped
public class PressLargeDemo implements DemoContent {

    /** Within {@link InquiryHousekeeping#DEFAULT_RETENTION_DAYS}. */
    static final int DAYS = 720;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    OrganisationLargeDemo organisation;

    @Override
    public String module() {
        return "press-large";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        List<OrganisationLargeDemo.StaffMember> staff = organisation.staff();
        Map<Long, OrganisationLargeDemo.StaffMember> byPerson = staff.stream()
                .collect(Collectors.toMap(OrganisationLargeDemo.StaffMember::personId, Function.identity()));
        List<PressGenerator.Candidate> candidates = staff.stream()
                .map(member -> new PressGenerator.Candidate(
                        member.personId(),
                        member.administrationCode(),
                        member.manager() ? "Chef, " + member.profession() : member.profession(),
                        member.manager()))
                .toList();
        LocalDateTime now = PressTime.wallClockNow().withSecond(0).withNano(0);
        DemoVolume volume = DemoVolume.LARGE;
        PressGenerator.Desk desk = PressGenerator.generate(
                volume.topics(), candidates, volume.spokespeople(), volume.inquiries(), DAYS, now, 2_000L);
        try (Connection connection = dataSource.getConnection()) {
            write(connection, desk, byPerson);
        } catch (SQLException e) {
            throw new IllegalStateException("The large demo's press desk could not be written", e);
        }
    }

    /** Writes the desk's topics, spokespeople (with the phone and e-mail of their person in {@code people}) and inquiries. */
    public static void write(
            Connection connection, PressGenerator.Desk desk, Map<Long, OrganisationLargeDemo.StaffMember> people)
            throws SQLException {
        IdBlocks ids = new IdBlocks(connection);
        List<Long> topicIds = new ArrayList<>();
        try (BatchInsert topics = new BatchInsert(
                connection,
                "insert into press_topic (id, version, code, name," + " synonyms, area_code, " + SortKeys.COLUMNS
                        + ") values (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PressGenerator.TopicPlan topic : desk.topics()) {
                long id = ids.next();
                topicIds.add(id);
                byte[][] keys = SortKeys.of(topic.name()).values();
                topics.row(
                        id, topic.code(), topic.name(), topic.synonyms(), topic.areaCode(), keys[0], keys[1], keys[2]);
            }
        }
        List<Long> spokespersonIds = new ArrayList<>();
        try (BatchInsert spokespeople = new BatchInsert(
                        connection,
                        "insert into press_spokesperson (id, version, person_id,"
                                + " kind, title, area_codes, languages, phone, email, media_trained, coordinator, "
                                + SortKeys.COLUMNS + ") values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)");
                BatchInsert covers = new BatchInsert(
                        connection,
                        "insert into press_spokesperson_topic (spokesperson_id," + " topic_id) values (?, ?)",
                        spokespeople)) {
            for (PressGenerator.SpokespersonPlan person : desk.spokespeople()) {
                long id = ids.next();
                spokespersonIds.add(id);
                byte[][] keys = SortKeys.of(person.title()).values(); // as Spokesperson keeps them
                spokespeople.row(
                        id,
                        person.personId(),
                        person.kind().name(),
                        person.title(),
                        person.areaCode(),
                        person.languages(),
                        people.get(person.personId()).phone(),
                        people.get(person.personId()).email(),
                        person.mediaTrained(),
                        keys[0],
                        keys[1],
                        keys[2]);
                for (int topic : person.topics()) {
                    covers.row(id, topicIds.get(topic));
                }
            }
        }
        try (BatchInsert inquiries = new BatchInsert(
                connection,
                "insert into press_inquiry (id, version, journalist,"
                        + " outlet, channel, question, topic_codes, political, complex, deadline, received_at, proposed_id,"
                        + " assignee_id, status, answered_at, logged_by, " + SortKeys.COLUMNS
                        + ") values (?, 0, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, ?, 'petra', ?, ?, ?)")) {
            // a few dozen outlets among fifty thousand inquiries: each outlet's keys are made once
            Map<String, byte[][]> outletKeys = new HashMap<>();
            for (PressGenerator.InquiryPlan inquiry : desk.inquiries()) {
                Long assignee = inquiry.assignee() == null ? null : spokespersonIds.get(inquiry.assignee());
                byte[][] keys = outletKeys.computeIfAbsent(
                        inquiry.outlet() == null ? "" : inquiry.outlet(),
                        outlet -> SortKeys.of(outlet).values());
                inquiries.row(
                        ids.next(),
                        inquiry.journalist(),
                        inquiry.outlet(),
                        inquiry.channel().name(),
                        inquiry.question(),
                        inquiry.topics().stream()
                                .map(t -> desk.topics().get(t).code())
                                .collect(Collectors.joining(",")),
                        BatchInsert.instant(inquiry.deadline()),
                        BatchInsert.instant(inquiry.receivedAt()),
                        assignee,
                        inquiry.status() == InquiryStatus.NEW ? null : assignee,
                        inquiry.status().name(),
                        BatchInsert.instant(inquiry.answeredAt()),
                        keys[0],
                        keys[1],
                        keys[2]);
            }
        }
    }
}

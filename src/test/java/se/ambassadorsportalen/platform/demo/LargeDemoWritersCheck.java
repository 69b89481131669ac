package se.ambassadorsportalen.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.ambassadorsportalen.ambassador.control.AmbassadorGenerator;
import se.ambassadorsportalen.ambassador.demo.AmbassadorLargeDemo;
import se.ambassadorsportalen.organisation.control.RegionGenerator;
import se.ambassadorsportalen.organisation.demo.OrganisationLargeDemo;
import se.ambassadorsportalen.organisation.demo.OrganisationLargeDemo.StaffMember;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.control.PressGenerator;
import se.ambassadorsportalen.press.demo.PressLargeDemo;
import se.ambassadorsportalen.recommendation.control.SurveyGenerator;
import se.ambassadorsportalen.recommendation.demo.RecommendationLargeDemo;
import se.ambassadorsportalen.story.control.StoryGenerator;
import se.ambassadorsportalen.story.demo.StoryLargeDemo;

/**
 * Every module's large-profile writer at a hundredth of the profile's size, one after the other as the
 * loader runs them, into a database built by the migrations: the SQL fits the schema (constraints and
 * foreign keys included), each table holds exactly what was asked for, and ids taken by SQL never meet
 * the ones EclipseLink will take. Run on H2 ({@link LargeDemoWritersTest}) and on PostgreSQL
 * ({@link LargeDemoWritersPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LargeDemoWritersCheck {

    static final DemoVolume VOLUME = DemoVolume.scaled(0.01);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    Connection connection;
    List<StaffMember> staff;

    /** An empty database the test may fill: its JDBC URL, user and password. */
    abstract String[] database();

    abstract DatabaseVendor vendor();

    /** Leaves the database as empty as it was given. */
    abstract void emptyDatabase() throws SQLException;

    @BeforeAll
    void writeTheProfile() throws SQLException {
        String[] database = database();
        Flyway.configure()
                .dataSource(database[0], database[1], database[2])
                .locations(vendor().migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        connection = DriverManager.getConnection(database[0], database[1], database[2]);
        Map<String, Long> administrations = new HashMap<>();
        long id = 1;
        for (String code : new String[] {"RLF", "HSF", "FTV", "KTF", "RUF"}) {
            execute("insert into org_unit (id, code, name, kind) values (" + id + ", '" + code + "', '" + code
                    + "', 'ADMINISTRATION')");
            administrations.put(code, id++);
        }
        execute(
                "insert into training_module (id, title, content, purposes) values (10, 'Grunder', 'Text', 'AMBASSADOR')");
        execute("insert into training_module (id, title, content, purposes) values (11, 'Stafett', 'Text', 'RELAY')");
        OrganisationLargeDemo.write(
                connection, RegionGenerator.generate(VOLUME.employees(), 1), administrations, "hash");
        staff = staff();
        long communicator = staff.get(0).personId();

        AmbassadorLargeDemo.write(
                connection,
                AmbassadorGenerator.generate(
                        staff.stream()
                                .map(m -> new AmbassadorGenerator.Candidate(m.personId(), m.profession()))
                                .toList(),
                        VOLUME.ambassadors(),
                        2,
                        NOW,
                        2),
                List.of(10L, 11L),
                communicator);
        StoryLargeDemo.write(
                connection,
                StoryGenerator.generate(
                        staff.stream()
                                .map(m -> new StoryGenerator.Author(
                                        m.personId(),
                                        m.unitId(),
                                        m.firstName(),
                                        m.profession(),
                                        m.town(),
                                        m.approverId()))
                                .toList(),
                        VOLUME.stories(),
                        2,
                        NOW,
                        3),
                List.of(
                        new PhotoSanitizer.CleanPhoto("image/jpeg", 4, 3, new byte[] {1, 2, 3}, new byte[] {1}),
                        new PhotoSanitizer.CleanPhoto("image/png", 4, 3, new byte[] {4, 5, 6}, new byte[] {4})),
                communicator);
        PressLargeDemo.write(
                connection,
                PressGenerator.generate(
                        VOLUME.topics(),
                        staff.stream()
                                .map(m -> new PressGenerator.Candidate(
                                        m.personId(), m.administrationCode(), m.profession(), m.manager()))
                                .toList(),
                        VOLUME.spokespeople(),
                        VOLUME.inquiries(),
                        720,
                        NOW,
                        4),
                staff.stream().collect(Collectors.toMap(StaffMember::personId, Function.identity())));
        RecommendationLargeDemo.write(
                connection,
                SurveyGenerator.generate(units(), VOLUME.answers(), VOLUME.rounds(), 2026, 5),
                PortalTime.typed(NOW));
    }

    @AfterAll
    void drop() throws SQLException {
        if (connection != null) {
            emptyDatabase();
            connection.close();
        }
    }

    @Test
    void organisationHasTheRequestedPeopleEachWithAUnitAnAccountAndAUnitLedByOneOfItsOwn() throws SQLException {
        assertThat(staff).hasSize(70);
        assertThat(count("select count(*) from person")).isEqualTo(70);
        assertThat(count("select count(*) from app_user where password_hash = 'hash'"))
                .isEqualTo(70);
        assertThat(count("select count(*) from user_role where role_name = 'EMPLOYEE'"))
                .isEqualTo(70);
        assertThat(count("select count(*) from person where unit_id is null")).isZero();
        assertThat(
                        count(
                                "select count(*) from org_unit u where u.kind = 'UNIT' and (u.manager_id is null"
                                        + " or u.parent_id is null or u.manager_id not in (select p.id from person p where p.unit_id = u.id))"))
                .isZero();
        assertThat(count("select count(*) from org_unit u where u.kind = 'UNIT' and u.headcount"
                        + " <> (select count(*) from person p where p.unit_id = u.id)"))
                .isZero();
        assertThat(count("select count(*) from app_user a join user_role r on r.user_id = a.id"
                        + " join org_unit u on u.manager_id = a.person_id where r.role_name = 'MANAGER'"))
                .isEqualTo(count("select count(*) from org_unit where kind = 'UNIT'"));
    }

    @Test
    void idsTakenBySqlStayBelowWhatTheSequenceHandsOutNext() throws SQLException {
        long highest = count("select max(id) from (select id from person union all select id from app_user"
                + " union all select id from story union all select id from story_event union all select id from press_inquiry"
                + " union all select id from rec_survey_import union all select id from rec_answer_count) ids");

        assertThat(count(vendor().nextSequenceValueSql()) - 50 + 1).isGreaterThan(highest);
    }

    @Test
    void programmeHasTheRequestedAmbassadorsWithChannelsAndOnlyDecidedOnesTrained() throws SQLException {
        assertThat(count("select count(*) from ambassador")).isEqualTo(VOLUME.ambassadors());
        assertThat(count("select count(*) from ambassador a where not exists"
                        + " (select 1 from ambassador_channel c where c.ambassador_id = a.id)"))
                .isZero();
        assertThat(count("select count(*) from training_completion t join ambassador a on a.id = t.ambassador_id"
                        + " where a.decided_at is null"))
                .isZero();
    }

    @Test
    void storiesHaveTheRequestedCountAndPublishedOnesArePlacedAndApprovedBySomeoneElse() throws SQLException {
        assertThat(count("select count(*) from story")).isEqualTo(VOLUME.stories());
        assertThat(count("select count(*) from story s where s.status = 'PUBLISHED' and not exists"
                        + " (select 1 from story_placement p where p.story_id = s.id and p.published_at is not null)"))
                .isZero();
        assertThat(count("select count(*) from story where approver_id = author_id"))
                .isZero();
        assertThat(count("select count(*) from story s where not exists"
                        + " (select 1 from story_event e where e.story_id = s.id and e.action = 'CREATED')"))
                .isZero();
        assertThat(count("select count(*) from story_photo")).isPositive();
    }

    @Test
    void pressDeskHasTheRequestedTopicsSpokespeopleAndInquiriesWithReachableAssignees() throws SQLException {
        assertThat(count("select count(*) from press_topic")).isEqualTo(VOLUME.topics());
        assertThat(count("select count(*) from press_spokesperson")).isEqualTo(VOLUME.spokespeople());
        assertThat(count("select count(*) from press_spokesperson where email is null"))
                .isZero();
        assertThat(count("select count(*) from press_inquiry")).isEqualTo(VOLUME.inquiries());
        assertThat(count("select count(*) from press_inquiry where status in ('ASSIGNED', 'ANSWERED')"
                        + " and assignee_id is null"))
                .isZero();
    }

    @Test
    void surveyHasTheRequestedAnswersOverItsRoundsAndUnitSumsThatAgreeWithTheCounts() throws SQLException {
        assertThat(count("select count(*) from rec_survey_round")).isEqualTo(VOLUME.rounds());
        assertThat(count("select sum(answers) from rec_answer_count")).isEqualTo(VOLUME.answers());
        assertThat(count("select sum(answers) from rec_unit_sum")).isEqualTo(VOLUME.answers());
        assertThat(count("select sum(answer_count) from rec_survey_import")).isEqualTo(VOLUME.answers());
    }

    private List<SurveyGenerator.Unit> units() throws SQLException {
        List<SurveyGenerator.Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select id, headcount from org_unit where kind = 'UNIT' and headcount > 0 order by id")) {
            while (row.next()) {
                units.add(new SurveyGenerator.Unit(row.getLong(1), row.getInt(2)));
            }
        }
        return units;
    }

    private List<StaffMember> staff() throws SQLException {
        List<StaffMember> members = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select p.id, p.unit_id, u.code, p.first_name, p.last_name, p.profession, p.town, p.email, p.phone,"
                                + " u.manager_id = p.id, case when u.manager_id = p.id then parent.manager_id else u.manager_id end"
                                + " from person p join org_unit u on u.id = p.unit_id left join org_unit parent on parent.id = u.parent_id"
                                + " order by p.id")) {
            while (row.next()) {
                members.add(new StaffMember(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3).substring(0, 3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        row.getBoolean(10),
                        (Long) row.getObject(11)));
            }
        }
        return members;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}

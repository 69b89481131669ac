package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The frequent statements that V99_5's and V99_9's indexes were made for are planned on them by H2, with a few
 * thousand rows in the tables: each such index holds every column its statement reads, so the
 * statement never reads a row of the table (a profile under load found those row reads a fifth of
 * the CPU). The statements are written here by hand after the queries' JPQL, not taken from
 * EclipseLink: a change to one of those queries needs its statement here changed too.
 */
class CoveringIndexesTest {

    private static JdbcDataSource db;

    @BeforeAll
    static void aDatabaseWithThousandsOfRows() throws Exception {
        db = MigratedDatabases.latest("covering-indexes");
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into person (id, kind, first_name, last_name)"
                    + " select x, 'EMPLOYEE', 'A', 'B' from system_range(1, 3000)");
            // as in a region's year: most stories published, one in sixteen approved and waiting
            statement.execute("insert into story (id, author_id, title, material_type, status, created_at, updated_at,"
                    + " approved_at)"
                    + " select x, x, 'T', case mod(x, 3) when 0 then 'STAFF_PORTRAIT' else 'BRAG' end,"
                    + " case when mod(x, 16) = 1 then 'APPROVED' when mod(x, 16) < 12 then 'PUBLISHED' else 'DRAFT' end,"
                    + " current_timestamp, current_timestamp, dateadd('MINUTE', -x, current_timestamp)"
                    + " from system_range(1, 3000)");
            statement.execute("insert into story_placement (id, story_id, channel_code, scheduled_at, published_at)"
                    + " select x, x, (select min(code) from channel), current_timestamp, current_timestamp"
                    + " from system_range(1, 3000)");
            statement.execute("insert into story_consent (id, story_id, person_id, status, requested_at)"
                    + " select x, x, x, 'GIVEN', current_timestamp from system_range(1, 3000)");
            statement.execute("insert into press_inquiry (id, version, journalist, outlet, channel, question,"
                    + " political, complex, deadline, received_at, status, logged_by)"
                    + " select x, 0, 'J', 'O', 'PHONE', 'Q', false, false, current_timestamp,"
                    + " dateadd('HOUR', -x, current_timestamp), 'NEW', 'x' from system_range(1, 3000)");
            statement.execute("insert into ambassador (id, version, person_id, status, applied_at)"
                    + " select x, 0, x, case mod(x, 2) when 0 then 'ACTIVE' else 'APPLIED' end, current_timestamp"
                    + " from system_range(1, 1000)");
            statement.execute("insert into app_user (id, username, password_hash, active, person_id)"
                    + " select x, 'u' || x, 'h', true, x from system_range(1, 3000)");
            statement.execute("insert into user_role (user_id, role_name)"
                    + " select x, case when mod(x, 30) = 0 then 'COMMUNICATOR' else 'EMPLOYEE' end"
                    + " from system_range(1, 3000)");
            // a region's units of tens of people each
            statement.execute("insert into org_unit (id, version, code, name, kind)"
                    + " select x, 0, 'U' || x, 'Unit ' || x, 'UNIT' from system_range(1, 100)");
            statement.execute("update person set unit_id = 1 + mod(id, 100)");
            statement.execute("analyze");
        }
    }

    @Test
    void thePressLogsThirtyDayFiguresAreReadFromTheTimingsIndex() throws Exception {
        assertThat(plan("select received_at, deadline, answered_at from press_inquiry"
                        + " where received_at >= dateadd('DAY', -30, current_timestamp)"))
                .containsIgnoringCase("ix_press_inquiry_timings");
    }

    @Test
    void thePublicPortraitsAreCountedFromTheStatusPlacementAndConsentIndexes() throws Exception {
        assertThat(plan("select count(distinct s.id) from story s, story_placement p"
                        + " where s.status = 'PUBLISHED' and s.material_type = 'STAFF_PORTRAIT'"
                        + " and p.published_at >= dateadd('YEAR', -1, current_timestamp) and p.story_id = s.id"
                        + " and not exists (select 1 from story_consent c where c.story_id = s.id"
                        + " and c.status <> 'GIVEN')"))
                .containsIgnoringCase("ix_story_status_material")
                .containsIgnoringCase("ix_placement_story_times")
                .containsIgnoringCase("ix_consent_story_status");
    }

    @Test
    void activeAmbassadorsPerUnitAreCountedFromTheAmbassadorAndPersonIndexes() throws Exception {
        assertThat(plan("select p.unit_id, count(a.id) from ambassador a, person p"
                        + " where a.status = 'ACTIVE' and p.id = a.person_id group by p.unit_id"))
                .containsIgnoringCase("ix_ambassador_status_person")
                .containsIgnoringCase("ix_person_id_unit");
    }

    @Test
    void aRolesHoldersAreFoundFromTheRoleNotFromEveryAccount() throws Exception {
        assertThat(plan("select distinct p.id from person p, app_user u, user_role r"
                        + " where r.role_name = 'COMMUNICATOR' and u.active = true and u.person_id is not null"
                        + " and r.user_id = u.id and p.id = u.person_id"))
                .containsIgnoringCase("ix_user_role_name")
                .doesNotContainIgnoringCase("app_user.tableScan");
    }

    @Test
    void theCommunicatorsHomeCardReadsOnlyTheFiveApprovedStoriesItShows() throws Exception {
        assertThat(plan("select id, title from story where status = 'APPROVED'"
                        + " order by status, approved_at, id fetch first 5 rows only"))
                .containsIgnoringCase("ix_story_status_approved")
                .containsIgnoringCase("/* index sorted */");
    }

    @Test
    void aWeeksPlacementsAreCountedFromTheTimeAndStoryStatusIndexesWithoutReadingARow() throws Exception {
        assertThat(plan("select count(p.id) from story_placement p, story s where p.scheduled_at >= dateadd('DAY', -7,"
                        + " current_timestamp) and p.scheduled_at < dateadd('DAY', 1, current_timestamp)"
                        + " and s.status <> 'WITHDRAWN' and s.id = p.story_id"))
                .containsIgnoringCase("ix_placement_time_story")
                .containsIgnoringCase("ix_story_id_status");
    }

    @Test
    void aManagersStaffApplicationsAreFoundFromTheirUnitsPeopleNotFromEveryApplication() throws Exception {
        assertThat(plan("select a.id from ambassador a where a.status = 'APPLIED' and a.person_id in"
                        + " (select p.id from person p where p.unit_id in (7, 8)) order by a.applied_at"))
                .containsIgnoringCase("ix_person_unit")
                .doesNotContainIgnoringCase("ix_ambassador_status:")
                .doesNotContainIgnoringCase("ix_ambassador_status_person:");
    }

    private static String plan(String query) throws Exception {
        try (Connection connection = db.getConnection()) {
            return MigratedDatabases.rows(connection, "explain " + query).get(0);
        }
    }
}

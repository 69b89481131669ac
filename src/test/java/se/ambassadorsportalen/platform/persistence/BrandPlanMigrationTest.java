package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The employer-brand plan becomes data (V87_1): an empty database gets the plan's brand
 * associations and target groups with their Swedish and English texts, and a database whose
 * stories, news items and brand goals were classified by the old enums keeps every classification,
 * now tied to the records by their codes.
 */
class BrandPlanMigrationTest {

    @Test
    void anEmptyDatabaseGetsThePlansAssociationsAndTargetGroupsInBothLanguages() throws Exception {
        JdbcDataSource db = MigratedDatabases.latest("brandplan");
        try (Connection connection = db.getConnection()) {
            assertThat(
                            MigratedDatabases.rows(
                                    connection,
                                    "select a.code, t.name from brand_association a join brand_association_text t"
                                            + " on t.association_id = a.id where t.lang = 'sv' and a.active order by a.sort_order"))
                    .containsExactly("MAKE_A_DIFFERENCE|Göra skillnad", "CLOSE|Nära", "DEVELOPING|Utvecklande");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select g.code, t.name from target_group g join target_group_text t on t.group_id = g.id"
                                    + " where t.lang = 'en' and g.parent_id is null order by g.sort_order"))
                    .containsExactly(
                            "INTERNAL|Internal (employees and managers)",
                            "POTENTIAL_EMPLOYEES|Potential employees",
                            "STUDENTS|Students and pupils",
                            "STAKEHOLDERS|Stakeholders");
            long firstGenerated = Long.parseLong(MigratedDatabases.rows(connection, "select next value for portal_seq")
                            .get(0))
                    - VersionedEntity.ID_BLOCK
                    + 1;
            assertThat(Long.parseLong(MigratedDatabases.rows(
                                    connection,
                                    "select max(id) from (select id from brand_association union all"
                                            + " select id from target_group) ids")
                            .get(0)))
                    .as("seeded ids stay below every id the sequence hands out")
                    .isLessThan(firstGenerated);
        }
    }

    @Test
    void storiesNewsAndGoalsClassifiedByTheOldEnumsKeepEveryClassification() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("brandplan-existing", "83.3", statement -> {
            statement.execute(
                    "insert into person (id, kind, first_name, last_name) values (5001, 'EMPLOYEE', 'Eva', 'E')");
            statement.execute(
                    "insert into story (id, author_id, title, material_type, status, created_at, updated_at)"
                            + " values (5002, 5001, 'Min dag', 'STAFF_PORTRAIT', 'PUBLISHED', current_timestamp, current_timestamp)");
            statement.execute("insert into story_brand (story_id, brand) values (5002, 'CLOSE'), (5002, 'DEVELOPING')");
            statement.execute("insert into story_target_group (story_id, target_group) values (5002, 'STUDENTS')");
            statement.execute("insert into news_item (id, title, body, topic, brand, audience_all, status, created_by,"
                    + " created_at, updated_at) values (5003, 'Nytt', 'Text', 'HEALTHCARE', 'MAKE_A_DIFFERENCE', true,"
                    + " 'DRAFT', 'klara', current_timestamp, current_timestamp)");
            statement.execute("insert into rec_brand_goal (id, goal_number, target_group, subject, baseline,"
                    + " baseline_date, target, deadline) values (5004, 1, 'STAKEHOLDERS', 'CLOSE', 0.4,"
                    + " date '2021-01-01', 0.5, date '2022-12-31')");
        });

        try (Connection connection = db.getConnection()) {
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select t.name from story_brand s join brand_association a on a.code = s.brand"
                                    + " join brand_association_text t on t.association_id = a.id and t.lang = 'sv'"
                                    + " where s.story_id = 5002 order by a.sort_order"))
                    .containsExactly("Nära", "Utvecklande");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select t.name from story_target_group s join target_group g on g.code = s.target_group"
                                    + " join target_group_text t on t.group_id = g.id and t.lang = 'en'"
                                    + " where s.story_id = 5002"))
                    .containsExactly("Students and pupils");
            assertThat(MigratedDatabases.rows(connection, "select brand from news_item where id = 5003"))
                    .containsExactly("MAKE_A_DIFFERENCE");
            assertThat(MigratedDatabases.rows(connection, "select target_group, subject from rec_brand_goal"))
                    .containsExactly("STAKEHOLDERS|CLOSE");
        }
    }

    @Test
    void theDatabaseRefusesAClassificationByNoRecordAndTheDeletionOfARecordInUse() throws Exception {
        JdbcDataSource db = MigratedDatabases.latest("brandplan-keys");
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into person (id, kind, first_name, last_name) values (5001, 'EMPLOYEE', 'Eva', 'E')");
            statement.execute(
                    "insert into story (id, author_id, title, material_type, status, created_at, updated_at)"
                            + " values (5002, 5001, 'Min dag', 'STAFF_PORTRAIT', 'DRAFT', current_timestamp, current_timestamp)");
            assertThatThrownBy(() -> statement.execute(
                            "insert into story_brand (story_id, brand) values (5002, 'NO_SUCH_BRAND')"))
                    .isInstanceOf(SQLException.class);
            statement.execute("insert into story_brand (story_id, brand) values (5002, 'CLOSE')");
            statement.execute("delete from brand_association_text where association_id = 912");
            assertThatThrownBy(() -> statement.execute("delete from brand_association where code = 'CLOSE'"))
                    .as("a record a story carries cannot be deleted")
                    .isInstanceOf(SQLException.class);
        }
    }
}

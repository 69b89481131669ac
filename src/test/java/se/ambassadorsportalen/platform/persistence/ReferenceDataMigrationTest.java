package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.story.control.PublicFeedRules;

/**
 * A production start migrates an empty database and loads no demo: the reference data the pages
 * need (channels, material types, the matrix, the press routing rules) must come from the
 * migrations alone.
 */
class ReferenceDataMigrationTest {

    private static JdbcDataSource fresh;

    @BeforeAll
    static void migrateAnEmptyDatabase() {
        fresh = MigratedDatabases.latest("reference");
    }

    private static List<String> fresh(String sql) throws SQLException {
        try (Connection connection = fresh.getConnection()) {
            return MigratedDatabases.rows(connection, sql);
        }
    }

    @Test
    void anEmptyDatabaseGetsTheStrategysChannelsMaterialTypesAndMatrix() throws Exception {
        assertThat(fresh("select code from channel order by sort_order"))
                .containsExactly("WEB", "FACEBOOK", "LINKEDIN", "INSTAGRAM", "X", "INTRANET");
        assertThat(fresh("select code from material_type order by sort_order"))
                .containsExactly(
                        "BRAG", "TIPS", "KNOWLEDGE", "POLITICS", "JOB_AD", "HELP_US", "STAFF_PORTRAIT", "NEWS");
        assertThat(fresh("select count(*) from channel_rating")).containsExactly("48");
        assertThat(
                        fresh(
                                "select c.code, m.code, r.rating from channel_rating r"
                                        + " join channel c on c.id = r.channel_id join material_type m on m.id = r.material_type_id"
                                        + " where r.rating <> 'GREEN' and c.code in ('INSTAGRAM', 'LINKEDIN') order by c.code, m.sort_order"))
                .containsExactly(
                        "INSTAGRAM|POLITICS|RED",
                        "INSTAGRAM|JOB_AD|RED",
                        "INSTAGRAM|HELP_US|YELLOW",
                        "INSTAGRAM|NEWS|RED",
                        "LINKEDIN|TIPS|YELLOW",
                        "LINKEDIN|POLITICS|RED",
                        "LINKEDIN|JOB_AD|RED",
                        "LINKEDIN|NEWS|YELLOW");
        assertThat(fresh("select rating from channel_rating r join channel c on c.id = r.channel_id"
                        + " join material_type m on m.id = r.material_type_id where c.code = 'X' and m.code = 'NEWS'"))
                .containsExactly("GREEN");
    }

    @Test
    void theMaterialTypeThatFeedsThePublicPortraitsExistsWithoutTheDemo() throws Exception {
        assertThat(fresh("select n.lang, n.name from material_type m join material_type_name n"
                        + " on n.material_type_id = m.id where m.code = '" + PublicFeedRules.PORTRAIT_TYPE
                        + "' order by n.lang"))
                .containsExactly("da|Medarbejderportræt", "en|Staff portrait", "sv|Personporträtt");
    }

    @Test
    void anEmptyDatabaseGetsThePressGuidelinesRoutingRulesInOrder() throws Exception {
        assertThat(fresh("select rule_condition, targets, active from press_routing_rule order by rule_position"))
                .containsExactly(
                        "POLITICAL|ELECTED_OFFICIAL|true",
                        "COMPLEX|COORDINATOR|true",
                        "SEVERAL_AREAS|COORDINATOR|true",
                        "ONE_AREA|MANAGER,EXPERT|true",
                        "NO_MATCH|COORDINATOR|true");
    }

    @Test
    void referenceIdsStayBelowEveryIdTheSequenceHandsOut() throws Exception {
        long firstBlockStart =
                Long.parseLong(fresh("select next value for portal_seq").get(0)) - VersionedEntity.ID_BLOCK + 1;
        assertThat(Long.parseLong(fresh(
                                "select max(id) from (select id from channel union all select id from material_type"
                                        + " union all select id from channel_rating union all select id from press_routing_rule) ids")
                        .get(0)))
                .isLessThan(firstBlockStart);
    }

    @Test
    void aDatabaseThatAlreadyHasItsChannelGuideAndRulesIsLeftAsItWas() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("reference-existing", "70.2", statement -> {
            statement.execute("insert into channel (id, code, name, sort_order) values (1001, 'WEB', 'Vår webb', 0)");
            statement.execute(
                    "insert into material_type (id, code, name_sv, name_en) values (1002, 'NEWS', 'Nytt', 'New')");
            statement.execute(
                    "insert into channel_rating (id, channel_id, material_type_id, rating) values (1003, 1001, 1002, 'RED')");
            statement.execute("insert into press_routing_rule (id, rule_position, rule_condition, targets)"
                    + " values (1004, 1, 'ANY', 'COORDINATOR')");
        });

        try (Connection connection = db.getConnection()) {
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select n.lang, n.name from channel c join channel_name n on n.channel_id = c.id"
                                    + " where c.code = 'WEB' order by n.lang"))
                    .as("a renamed channel gets no translation of the name it no longer has")
                    .containsExactly("sv|Vår webb");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select n.lang, n.name from material_type m join material_type_name n"
                                    + " on n.material_type_id = m.id where m.code = 'NEWS' order by n.lang"))
                    .containsExactly("en|New", "sv|Nytt");
            assertThat(MigratedDatabases.rows(connection, "select count(*) from channel"))
                    .containsExactly("6");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select rating from channel_rating where channel_id = 1001 and material_type_id = 1002"))
                    .containsExactly("RED");
            assertThat(MigratedDatabases.rows(connection, "select rule_condition from press_routing_rule"))
                    .containsExactly("ANY");
        }
    }
}

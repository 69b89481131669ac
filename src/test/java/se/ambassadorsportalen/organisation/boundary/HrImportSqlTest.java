package se.ambassadorsportalen.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.HrExport;
import se.ambassadorsportalen.organisation.control.HrPlan.ChangeKind;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The import's SQL on a database built by the migrations: what it writes fits the schema, and a
 * file imported twice changes nothing the second time, leavers included.
 */
class HrImportSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String HEADER = "unit_code;unit_name;parent_code;merged_into;employee_number;first_name;last_name;"
            + "email;profession;manager;employment_ends\n";
    static final String FIRST = HEADER + """
            HSF;Hälso- och sjukvård;;;;;;;;;
            MED;Medicin;HSF;;;;;;;;
            KIR;Kirurgi;HSF;;;;;;;;
            HSF;;;;1000;Hanna;Högst;;Direktör;ja;
            MED;;;;1001;Magnus;Berg;magnus@example.se;Chef;ja;
            MED;;;;1002;Eva;Ek;eva@example.se;Sjuksköterska;;
            KIR;;;;1003;Olle;Ås;;Läkare;;
            """;

    Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:hr-import-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    HrImportSql.Planned importFile(String csv) throws SQLException {
        HrExport.Content content = HrExport.read(csv.getBytes(StandardCharsets.UTF_8));
        HrImportSql.Planned planned = HrImportSql.plan(connection, content, TODAY);
        assertThat(planned.plan().problems()).isEmpty();
        if (!planned.plan().changesNothing()) {
            HrImportSql.apply(
                    connection,
                    planned,
                    new HrImportSql.Record(Instant.now(), "admin", "hr.csv", "0".repeat(64), content.rows()));
            connection.commit();
        }
        return planned;
    }

    @Test
    void theSameFileImportedTwiceChangesNothingTheSecondTime() throws SQLException {
        HrImportSql.Planned first = importFile(FIRST);
        assertThat(first.plan().count(ChangeKind.UNIT_NEW)).isEqualTo(3);
        assertThat(first.plan().count(ChangeKind.PERSON_NEW)).isEqualTo(4);
        assertThat(first.plan().count(ChangeKind.MANAGER_CHANGED)).isEqualTo(2);
        long imports = single("select count(*) from hr_import");

        HrImportSql.Planned second = importFile(FIRST);

        assertThat(second.plan().changesNothing()).isTrue();
        assertThat(single("select count(*) from hr_import")).isEqualTo(imports);
        assertThat(rows(
                        "select u.code, p.code, m.employee_number from org_unit u left join org_unit p on p.id = u.parent_id"
                                + " left join person m on m.id = u.manager_id order by u.code"))
                .containsExactly("HSF,null,1000", "KIR,HSF,null", "MED,HSF,1001");
    }

    @Test
    void aLeaverKeepsTheirRowLosesTheirAccountAndTheManagerRoleGoesToTheNewManager() throws SQLException {
        importFile(FIRST);
        long magnus = single("select id from person where employee_number = '1001'");
        long eva = single("select id from person where employee_number = '1002'");
        execute("insert into app_user (id, username, password_hash, person_id) values (1, 'magnus', 'x', " + magnus
                + ")");
        execute("insert into user_role (user_id, role_name) values (1, 'EMPLOYEE')");
        execute("insert into user_role (user_id, role_name) values (1, 'MANAGER')");
        execute("insert into app_user (id, username, password_hash, person_id) values (2, 'eva', 'x', " + eva + ")");
        execute("insert into user_role (user_id, role_name) values (2, 'EMPLOYEE')");
        connection.commit();

        String withoutMagnus = FIRST.replace("MED;;;;1001;Magnus;Berg;magnus@example.se;Chef;ja;\n", "")
                .replace(
                        "MED;;;;1002;Eva;Ek;eva@example.se;Sjuksköterska;;",
                        "MED;;;;1002;Eva;Ek;eva@example.se;Sjuksköterska;ja;");
        HrImportSql.Planned planned = importFile(withoutMagnus);

        assertThat(planned.plan().count(ChangeKind.PERSON_LEAVING)).isEqualTo(1);
        assertThat(rows("select first_name, left_on from person where id = " + magnus))
                .containsExactly("Magnus,2026-12-01");
        assertThat(rows("select active, security_stamp from app_user where id = 1"))
                .containsExactly("false,1");
        assertThat(rows("select role_name from user_role where user_id = 1")).containsExactly("EMPLOYEE");
        assertThat(rows("select role_name from user_role where user_id = 2 order by role_name"))
                .containsExactly("EMPLOYEE", "MANAGER");
        assertThat(
                        rows(
                                "select m.first_name from org_unit u join person m on m.id = u.manager_id where u.code = 'MED'"))
                .containsExactly("Eva");

        assertThat(importFile(withoutMagnus).plan().changesNothing())
                .as("a leaver stays left")
                .isTrue();
    }

    @Test
    void aMergeMovesTheChildrenAndStaffOfTheMergedUnitAndKeepsItsRow() throws SQLException {
        importFile(FIRST + "OP;Operation;KIR;;;;;;;;\n");
        execute(
                "insert into person (id, kind, first_name, last_name, unit_id) select 5, 'EMPLOYEE', 'Demo', 'Person', id"
                        + " from org_unit where code = 'KIR'");
        connection.commit();

        String merged = FIRST.replace("KIR;Kirurgi;HSF;;", "KIR;Kirurgi;HSF;MED;")
                        .replace("KIR;;;;1003", "MED;;;;1003") + "OP;Operation;MED;;;;;;;;\n";
        HrImportSql.Planned planned = importFile(merged);

        assertThat(planned.plan().count(ChangeKind.UNIT_MERGED)).isEqualTo(1);
        assertThat(
                        rows(
                                "select u.code, p.code, mi.code from org_unit u left join org_unit p on p.id = u.parent_id"
                                        + " left join org_unit mi on mi.id = u.merged_into_id where u.code in ('KIR', 'OP') order by u.code"))
                .containsExactly("KIR,HSF,MED", "OP,MED,null");
        assertThat(rows("select u.code from person p join org_unit u on u.id = p.unit_id where p.id = 5"))
                .as("someone the HR file does not list goes with the unit")
                .containsExactly("MED");
        assertThat(importFile(merged).plan().changesNothing()).isTrue();
    }

    @Test
    void theImportIsRecordedAtTheInstantItRan() throws SQLException {
        Instant before = Instant.now();

        importFile(FIRST);

        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select imported_at from hr_import")) {
            result.next();
            assertThat(result.getObject(1, OffsetDateTime.class).toInstant()).isBetween(before, Instant.now());
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join(",", cells));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package se.ambassadorsportalen.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.RegionGenerator;
import se.ambassadorsportalen.platform.demo.DemoVolume;

/** The large profile's organisation written by SQL at a hundredth of its size into a database built by the migrations. */
class OrganisationLargeDemoTest {

    static final String URL = "jdbc:h2:mem:organisation-large-demo;DB_CLOSE_DELAY=-1";

    Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").cleanDisabled(false).load()
                .migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop all objects");
        }
        connection.close();
    }

    @Test
    void scaledDownRegionHasTheRequestedPeopleEachWithAUnitAnAccountAndAManagedUnitAboveThem() throws SQLException {
        Map<String, Long> administrations = new HashMap<>();
        long id = 1;
        for (String code : new String[] {"RLF", "HSF", "FTV", "KTF", "RUF"}) {
            execute("insert into org_unit (id, code, name, kind) values (" + id + ", '" + code + "', '" + code
                    + "', 'ADMINISTRATION')");
            administrations.put(code, id++);
        }
        RegionGenerator.Region region = RegionGenerator.generate(DemoVolume.scaled(0.01).employees(), 3);

        OrganisationLargeDemo.write(connection, region, administrations, "hash");

        assertThat(count("select count(*) from person")).isEqualTo(70);
        assertThat(count("select count(*) from app_user where password_hash = 'hash'")).isEqualTo(70);
        assertThat(count("select count(*) from user_role where role_name = 'EMPLOYEE'")).isEqualTo(70);
        assertThat(count("select count(*) from org_unit where kind = 'UNIT'")).isEqualTo(region.units().size());
        assertThat(count("select count(*) from person where unit_id is null")).isZero();
        assertThat(count("select count(*) from org_unit u where u.kind = 'UNIT' and (u.manager_id is null"
                + " or u.parent_id is null or u.manager_id not in (select p.id from person p where p.unit_id = u.id))"))
                .isZero();
        assertThat(count("select count(*) from org_unit u where u.kind = 'UNIT' and u.headcount"
                + " <> (select count(*) from person p where p.unit_id = u.id)")).isZero();
        assertThat(count("select count(*) from app_user a join user_role r on r.user_id = a.id"
                + " join org_unit u on u.manager_id = a.person_id where r.role_name = 'MANAGER'"))
                .isEqualTo(region.units().size());
    }

    @Test
    void idsTakenBySqlStayBelowWhatTheSequenceHandsOutNext() throws SQLException {
        OrganisationLargeDemo.write(connection, RegionGenerator.generate(120, 4), new HashMap<>(Map.of()), "hash");

        long highest = count("select max(id) from app_user");
        assertThat(count("select next value for portal_seq") - 50 + 1).isGreaterThan(highest);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}

package se.ambassadorsportalen.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that turns {@code TIMESTAMP} columns holding wall-clock time in the portal's zone
 * into {@code TIMESTAMP WITH TIME ZONE} columns holding the instant, without losing a value.
 *
 * <p>Why Java and not SQL: the old values are wall-clock times in the zone the portal is
 * configured with ({@code portal.time.zone}), which neither the JVM's nor the database session's
 * zone need be, and they follow {@code PortalTime}'s rule for the hour repeated in October (the
 * earlier offset, summer time). PostgreSQL's {@code AT TIME ZONE} takes the other offset for that
 * hour and H2 has no such function, so the conversion is done here, the same way on both.
 *
 * <p>How: with the session at UTC each column changes type in place ({@code SET DATA TYPE} keeps
 * its {@code NOT NULL} and its indexes), which keeps the wall-clock reading as if it were UTC;
 * then every row is read once and written once, by its key ({@code id}, or the columns named for
 * the table), with the instant that wall-clock time names in the portal's zone, in JDBC batches. One row is never shifted twice, whatever order the
 * rows come in.
 */
public final class InstantColumns implements JavaMigration {

    static final int BATCH = 1000;

    private final MigrationVersion version;
    private final String description;
    private final Map<String, List<String>> columnsByTable;
    private final Map<String, List<String>> keysByTable;
    private final ZoneId zone;

    /** Columns of tables whose key is one {@code id} column. */
    InstantColumns(String version, String description, Map<String, List<String>> columnsByTable, ZoneId zone) {
        this(version, description, columnsByTable, Map.of(), zone);
    }

    /**
     * Columns of tables of which some have another key: {@code keysByTable} names those tables'
     * key columns (one or several, e.g. a job's name and period); a table not in it has {@code id}.
     */
    InstantColumns(
            String version,
            String description,
            Map<String, List<String>> columnsByTable,
            Map<String, List<String>> keysByTable,
            ZoneId zone) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.columnsByTable = columnsByTable;
        this.keysByTable = keysByTable;
        this.zone = zone;
    }

    /**
     * Every module's columns that record a moment, each module in a migration of its own, as
     * wall-clock times of the given zone become instants. The tables have an {@code id} key but
     * for the job leases (job and period) and the demo seeds (module).
     */
    public static JavaMigration[] all(ZoneId zone) {
        Map<String, List<String>> story = new LinkedHashMap<>();
        story.put("story", List.of("created_at", "updated_at", "submitted_at", "approved_at", "withdrawn_at"));
        story.put("story_consent", List.of("requested_at", "answered_at"));
        story.put("story_photo", List.of("created_at"));
        story.put("story_placement", List.of("scheduled_at", "published_at", "taken_down_at"));
        story.put("story_event", List.of("happened_at"));
        Map<String, List<String>> press = new LinkedHashMap<>();
        press.put("press_absence", List.of("starts_at", "ends_at"));
        press.put("press_on_call", List.of("starts_at", "ends_at"));
        press.put("press_inquiry", List.of("deadline", "received_at", "answered_at", "reminded_at", "anonymised_at"));
        press.put("press_release", List.of("internal_notice_at", "external_release_at"));
        Map<String, List<String>> lobbying = new LinkedHashMap<>();
        lobbying.put("lobbying_meeting", List.of("recorded_at", "updated_at"));
        lobbying.put("lobbying_revision", List.of("changed_at"));
        Map<String, List<String>> policy = new LinkedHashMap<>();
        policy.put("policy_document", List.of("created_at"));
        policy.put("policy_version", List.of("published_at"));
        policy.put("policy_acknowledgement", List.of("acknowledged_at"));
        Map<String, List<String>> news = new LinkedHashMap<>();
        news.put("news_item", List.of("created_at", "updated_at", "published_at"));
        news.put("news_reader", List.of("last_digest_at", "feed_token_created"));
        Map<String, List<String>> ambassador = new LinkedHashMap<>();
        ambassador.put("ambassador", List.of("applied_at", "decided_at", "endorsed_at", "left_at"));
        ambassador.put("ambassador_invitation", List.of("sent_at"));
        ambassador.put("training_completion", List.of("completed_at"));
        ambassador.put("relay_week", List.of("confirmed_at", "guideline_confirmed_at", "handed_over_at"));
        ambassador.put("relay_request", List.of("requested_at"));
        Map<String, List<String>> followup = new LinkedHashMap<>();
        followup.put("fup_channel_period", List.of("updated_at"));
        followup.put("fup_reminder", List.of("sent_at"));
        Map<String, List<String>> recommendation = new LinkedHashMap<>();
        recommendation.put("rec_survey_import", List.of("imported_at"));
        recommendation.put("rec_brand_measurement", List.of("imported_at"));
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        tokens.put("api_token", List.of("created_at", "expires_at", "last_used_at", "revoked_at"));
        Map<String, List<String>> delivery = new LinkedHashMap<>();
        delivery.put("mail_outbox", List.of("created_at", "next_attempt_at", "sent_at", "claimed_until"));
        delivery.put("job_lease", List.of("lease_until", "started_at", "finished_at"));
        Map<String, List<String>> records = new LinkedHashMap<>();
        records.put("hr_import", List.of("imported_at"));
        records.put("demo_seed", List.of("seeded_at"));
        return new JavaMigration[] {
            new InstantColumns("95.1", "story times as instants", story, zone),
            new InstantColumns("95.2", "press times as instants", press, zone),
            new InstantColumns("95.3", "lobbying times as instants", lobbying, zone),
            new InstantColumns("95.4", "policy times as instants", policy, zone),
            new InstantColumns("95.5", "news times as instants", news, zone),
            new InstantColumns("98.1", "ambassador programme times as instants", ambassador, zone),
            new InstantColumns("98.2", "channel follow-up times as instants", followup, zone),
            new InstantColumns("98.3", "recommendation import times as instants", recommendation, zone),
            new InstantColumns("98.5", "api token times as instants", tokens, zone),
            new InstantColumns(
                    "98.6",
                    "mail outbox and job lease times as instants",
                    delivery,
                    Map.of("job_lease", List.of("job_name", "period_key")),
                    zone),
            new InstantColumns(
                    "98.7",
                    "hr import and demo seed times as instants",
                    records,
                    Map.of("demo_seed", List.of("module")),
                    zone)
        };
    }

    /** The instant a stored wall-clock time names in the zone, by PortalTime's rule, at UTC. */
    static OffsetDateTime instantOf(LocalDateTime wallClock, ZoneId zone) {
        return wallClock.atZone(zone).toInstant().atOffset(ZoneOffset.UTC);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        convert(context.getConnection());
    }

    /** The migration on a connection of one's own (the tests'); the caller commits. */
    void convert(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String restore = restoreSessionZone(connection);
            statement.execute("SET TIME ZONE 'UTC'");
            try {
                for (var table : columnsByTable.entrySet()) {
                    for (String column : table.getValue()) {
                        statement.execute("ALTER TABLE " + table.getKey() + " ALTER COLUMN " + column
                                + " SET DATA TYPE TIMESTAMP WITH TIME ZONE");
                    }
                    rewrite(connection, table.getKey(), table.getValue());
                }
            } finally {
                statement.execute(restore);
            }
        }
    }

    /**
     * The statement that gives the session its zone back: the connection goes back to the pool.
     * H2's default is the JVM's zone ({@code LOCAL}); PostgreSQL's is what the driver set at login.
     */
    private static String restoreSessionZone(Connection connection) throws SQLException {
        if (DatabaseVendor.of(connection) == DatabaseVendor.H2) {
            return "SET TIME ZONE LOCAL";
        }
        try (Statement statement = connection.createStatement();
                ResultSet zone = statement.executeQuery("SELECT current_setting('TimeZone')")) {
            zone.next();
            return "SET TIME ZONE '" + zone.getString(1).replace("'", "''") + "'";
        }
    }

    private void rewrite(Connection connection, String table, List<String> columns) throws SQLException {
        List<String> key = keysByTable.getOrDefault(table, List.of("id"));
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT " + String.join(", ", columns) + ", " + String.join(", ", key) + " FROM " + table)) {
            while (row.next()) {
                Object[] values = new Object[columns.size() + key.size()];
                for (int i = 0; i < columns.size(); i++) {
                    OffsetDateTime readAsUtc = row.getObject(i + 1, OffsetDateTime.class);
                    values[i] = readAsUtc == null
                            ? null
                            : instantOf(
                                    readAsUtc
                                            .withOffsetSameInstant(ZoneOffset.UTC)
                                            .toLocalDateTime(),
                                    zone);
                }
                for (int i = columns.size(); i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                rows.add(values);
            }
        }
        String assignments = String.join(" = ?, ", columns) + " = ?";
        String where = String.join(" = ? AND ", key) + " = ?";
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + table + " SET " + assignments + " WHERE " + where)) {
            int pending = 0;
            for (Object[] values : rows) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        // only a moment can be null: a key never is
                        update.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        update.setObject(i + 1, values[i]);
                    }
                }
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /**
     * Changes when the columns or keys do, so that Flyway's validation notices an edited
     * migration. Tables keyed by {@code id} alone leave the keys out, so the checksums Flyway
     * recorded for the migrations from before keys could be named stay as they were.
     */
    @Override
    public Integer getChecksum() {
        return keysByTable.isEmpty()
                ? Objects.hash(version.getVersion(), description, columnsByTable.toString())
                : Objects.hash(
                        version.getVersion(),
                        description,
                        columnsByTable.toString(),
                        new TreeMap<>(keysByTable).toString());
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}

package se.ambassadorsportalen.recommendation.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.boundary.AnswerCountSql;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds;
import se.ambassadorsportalen.recommendation.boundary.UnitSums;
import se.ambassadorsportalen.recommendation.control.SurveyGenerator;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * The large profile's survey rounds (see {@link SurveyGenerator}): a million answers over five
 * half-yearly rounds after the small demo's three, over every unit of the region. The counts and
 * unit sums go in by the statements an import runs ({@link AnswerCountSql}), through plain JDBC as
 * in the benchmark: through JPA native queries the same statements took four times as long.
 */
@ApplicationScoped
public class RecommendationLargeDemo implements DemoContent {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    Organisation organisation;

    @Inject
    UnitSums unitSums;

    @Override
    public String module() {
        return "recommendation-large";
    }

    @Override
    public int order() {
        return 51;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        List<SurveyGenerator.Unit> units = organisation.allUnits().stream()
                .filter(unit ->
                        unit.getKind() == UnitKind.UNIT && unit.getHeadcount() != null && unit.getHeadcount() > 0)
                .map(unit -> new SurveyGenerator.Unit(unit.getId(), unit.getHeadcount()))
                .toList();
        DemoVolume volume = DemoVolume.LARGE;
        List<SurveyGenerator.Round> rounds = SurveyGenerator.generate(
                units,
                volume.answers(),
                volume.rounds(),
                PortalTime.today().minusMonths(3).getYear(),
                1_000_000L);
        try (Connection connection = dataSource.getConnection()) {
            write(connection, rounds, PortalTime.moment());
        } catch (SQLException e) {
            throw new IllegalStateException("The large demo's survey rounds could not be written", e);
        }
        unitSums.changed();
    }

    /** Writes each round with one import by HR of all its counts, and adds them to the unit sums. */
    public static void write(Connection connection, List<SurveyGenerator.Round> rounds, Instant importedAt)
            throws SQLException {
        IdBlocks ids = new IdBlocks(connection);
        for (SurveyGenerator.Round generated : rounds) {
            SurveyRound round = SurveyRound.of(generated.name(), generated.heldOn(), generated.scale(), null);
            long roundId = ids.next();
            long importId = ids.next();
            try (BatchInsert roundRow = new BatchInsert(
                            connection,
                            "insert into rec_survey_round (id, version, name,"
                                    + " held_on, scale, recommends_from) values (?, 0, ?, ?, ?, ?)");
                    BatchInsert importRow = new BatchInsert(
                            connection,
                            "insert into rec_survey_import (id, version, round_id,"
                                    + " file_name, sha256, row_count, answer_count, recommender_count, imported_at, imported_by)"
                                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'hanna')",
                            roundRow)) {
                roundRow.row(
                        roundId,
                        round.getName(),
                        round.getHeldOn(),
                        round.getScale().name(),
                        round.getRecommendsFrom());
                importRow.row(
                        importId,
                        roundId,
                        "demo-" + generated.heldOn() + ".csv",
                        SurveyRounds.sha256(("large demo " + generated.name()).getBytes(StandardCharsets.UTF_8)),
                        generated.answers(),
                        generated.answers(),
                        generated.recommenders(),
                        importedAt.atOffset(ZoneOffset.UTC));
            }
            for (AnswerCountSql.Insert insert : AnswerCountSql.statements(roundId, importId, generated.counts())) {
                try (PreparedStatement statement = connection.prepareStatement(insert.sql())) {
                    for (int i = 0; i < insert.parameters().size(); i++) {
                        statement.setObject(i + 1, insert.parameters().get(i));
                    }
                    statement.executeUpdate();
                }
            }
        }
    }
}

package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.AnswerScale;
import se.ambassadorsportalen.recommendation.control.AnswerTemplate;
import se.ambassadorsportalen.recommendation.control.ResponseCheck;
import se.ambassadorsportalen.recommendation.control.UnitMatcher;
import se.ambassadorsportalen.recommendation.entity.SurveyImport;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * Survey rounds and the import of their answers. An import is checked in full first and either
 * stores every count or nothing: one transaction, and no write at all while a single row is bad.
 * The file's SHA-256 makes a second upload of the same export a reported duplicate.
 */
@Stateless
public class SurveyRounds {

    /** Files larger than this are refused before parsing (100,000 rows are about 2 MB as CSV, 1 MB as .xlsx). */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    public record RoundDetails(String name, LocalDate heldOn, AnswerScale scale, Integer recommendsFrom) {}

    /** What an import did, or why it did nothing. */
    public enum Outcome {
        IMPORTED,
        REJECTED,
        DUPLICATE,
        NO_SUCH_ROUND
    }

    /**
     * The check report or the import summary: every bad row with its line and reason. {@code format}
     * is what the content turned out to be (CSV or XLSX), {@code encoding} a CSV's character set.
     */
    public record ImportReport(
            Outcome outcome,
            Long roundId,
            Long importId,
            String format,
            String encoding,
            String shape,
            long rows,
            long answers,
            long recommenders,
            long problemCount,
            List<AnswerFile.Problem> problems,
            List<AnswerFile.RepeatedProblem> summary,
            List<AnswerFile.Problem> warnings)
            implements Serializable {

        public boolean imported() {
            return outcome == Outcome.IMPORTED;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    ImportsRunning imports;

    @Inject
    UnitSums unitSums;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed(Role.Names.HR)
    public SurveyRound create(@NotNull RoundDetails details) {
        SurveyRound round = SurveyRound.of(details.name(), details.heldOn(), details.scale(), details.recommendsFrom());
        em.persist(round);
        return round;
    }

    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public SurveyRound round(long id) {
        return find(id).orElseThrow(() -> PortalException.notFound("recommendation.round.notFound", id));
    }

    /**
     * Deletes a round with everything imported into it (its files, answer counts and unit sums),
     * for a round created or imported by mistake. In bulk statements, so a round of a million
     * answers goes in four statements; every node's dashboard drops its copy of the sums ({@link UnitSums}).
     */
    @RolesAllowed(Role.Names.HR)
    public void delete(long id) {
        SurveyRound round = round(id);
        for (String table : List.of("rec_answer_count", "rec_unit_sum", "rec_survey_import")) {
            em.createNativeQuery("delete from " + table + " where round_id = ?")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        em.remove(round);
        em.flush();
        unitSums.changed();
    }

    Optional<SurveyRound> find(long id) {
        return Optional.ofNullable(em.find(SurveyRound.class, id));
    }

    /** Every round, oldest first (a region has one or two a year); communicators read them for goal 3's trend. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public List<SurveyRound> rounds() {
        return em.createQuery("select r from SurveyRound r order by r.heldOn, r.id", SurveyRound.class)
                .getResultList();
    }

    /** Round id → answers imported into it. */
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    public Map<Long, Long> importedAnswers() {
        Map<Long, Long> answers = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.round.id, sum(i.answers) from SurveyImport i group by i.round.id", Object[].class)
                .getResultList()) {
            answers.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return answers;
    }

    @RolesAllowed(Role.Names.HR)
    public List<SurveyImport> imports(long roundId) {
        return em.createQuery(
                        "select i from SurveyImport i where i.round.id = :round order by i.importedAt",
                        SurveyImport.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    /**
     * Checks a file and, when every row is good and the file is new, stores its counts.
     * Nothing is written unless the outcome is {@link Outcome#IMPORTED}.
     */
    @RolesAllowed(Role.Names.HR)
    public ImportReport importAnswers(long roundId, String fileName, byte[] bytes) {
        return imports.counted(() -> check(roundId, fileName, bytes, new ImportProgress()));
    }

    /**
     * The same import on a container thread, for the page: it returns at once, and the caller
     * follows {@code progress} (rows and bytes read) until the future holds the report. Its own
     * transaction, so the import is still all or nothing; the caller's identity goes with it.
     */
    @Asynchronous
    @RolesAllowed(Role.Names.HR)
    public Future<ImportReport> importAnswersInBackground(
            long roundId, String fileName, byte[] bytes, ImportProgress progress) {
        return new AsyncResult<>(imports.counted(() -> check(roundId, fileName, bytes, progress)));
    }

    private ImportReport check(long roundId, String fileName, byte[] bytes, ImportProgress progress) {
        Optional<SurveyRound> found = find(roundId);
        if (found.isEmpty()) {
            return single(
                    Outcome.NO_SUCH_ROUND, null, "recommendation.import.problem.noSuchRound", String.valueOf(roundId));
        }
        SurveyRound round = found.get();
        if (bytes == null || bytes.length == 0) {
            return single(Outcome.REJECTED, roundId, "recommendation.import.problem.empty");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return single(
                    Outcome.REJECTED,
                    roundId,
                    "recommendation.import.problem.tooLarge",
                    String.valueOf(MAX_FILE_BYTES / 1024 / 1024));
        }
        String sha256 = sha256(bytes);
        List<SurveyImport> earlier = em.createQuery(
                        "select i from SurveyImport i join fetch i.round where i.sha256 = :sha", SurveyImport.class)
                .setParameter("sha", sha256)
                .getResultList();
        if (!earlier.isEmpty()) {
            SurveyImport first = earlier.get(0);
            return single(
                    Outcome.DUPLICATE,
                    roundId,
                    "recommendation.import.problem.duplicate",
                    first.getFileName(),
                    first.getRound().getName(),
                    importedWhen(first.getImportedAt()));
        }
        List<Unit> organisationUnits = organisation.allUnits();
        AnswerFile.Result result = AnswerFile.read(
                bytes,
                round.getScale(),
                round.getRecommendsFrom(),
                new UnitMatcher(candidates(organisationUnits)),
                progress);
        if (!result.isValid()) {
            return report(Outcome.REJECTED, roundId, null, result, List.of());
        }
        List<AnswerFile.Problem> warnings = overFullWarnings(result, organisationUnits);
        progress.storing();
        SurveyImport imported = new SurveyImport(
                round,
                fileName,
                sha256,
                result.rows(),
                result.answers(),
                result.recommenders(),
                currentUser.username());
        em.persist(imported);
        em.flush();
        AnswerCountSql.store(em, round.getId(), imported.getId(), result.counts());
        unitSums.changed();
        return report(Outcome.IMPORTED, roundId, imported.getId(), result, warnings);
    }

    /** A CSV to start an import from, with every unit's code and name (see {@link AnswerTemplate}). */
    @RolesAllowed(Role.Names.HR)
    public byte[] answerTemplate() {
        return AnswerTemplate.csv(candidates(organisation.allUnits()));
    }

    private static List<UnitMatcher.Candidate> candidates(List<Unit> units) {
        List<UnitMatcher.Candidate> candidates = new ArrayList<>();
        for (Unit unit : units) {
            candidates.add(new UnitMatcher.Candidate(unit.getId(), unit.getCode(), unit.getName()));
        }
        return candidates;
    }

    /** Units with more answers in the file than staff: imported, but the report warns (see {@link ResponseCheck}). */
    private static List<AnswerFile.Problem> overFullWarnings(AnswerFile.Result result, List<Unit> units) {
        Map<Long, Integer> headcounts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Unit unit : units) {
            if (unit.getHeadcount() != null) {
                headcounts.put(unit.getId(), unit.getHeadcount());
            }
            names.put(unit.getId(), unit.getName());
        }
        return ResponseCheck.overFull(result.counts(), headcounts).stream()
                .map(over -> new AnswerFile.Problem(
                        0,
                        "recommendation.import.warning.responseRate",
                        List.of(
                                names.get(over.unitId()),
                                String.valueOf(over.answers()),
                                String.valueOf(over.headcount()),
                                String.valueOf(over.percent()))))
                .toList();
    }

    private static final DateTimeFormatter IMPORTED_WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * When a file was imported, on the portal's wall clock ("2026-07-01 14:30"), as the duplicate
     * message names it: the column keeps the instant, HR reads Stockholm's time of it.
     */
    static String importedWhen(Instant importedAt) {
        return PortalTime.local(importedAt).format(IMPORTED_WHEN);
    }

    private static ImportReport single(Outcome outcome, Long roundId, String key, String... arguments) {
        return new ImportReport(
                outcome,
                roundId,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                1,
                List.of(new AnswerFile.Problem(0, key, List.of(arguments))),
                List.of(new AnswerFile.RepeatedProblem(key, List.of(arguments), 1, 0, 0)),
                List.of());
    }

    private static ImportReport report(
            Outcome outcome, long roundId, Long importId, AnswerFile.Result result, List<AnswerFile.Problem> warnings) {
        Charset charset = result.charset();
        return new ImportReport(
                outcome,
                roundId,
                importId,
                result.format() == null ? null : result.format().name(),
                charset == null ? null : charset.name(),
                result.shape() == null ? null : result.shape().name(),
                result.rows(),
                result.answers(),
                result.recommenders(),
                result.problemCount(),
                result.problems(),
                result.summary(),
                warnings);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import se.ambassadorsportalen.organisation.control.HrExport;
import se.ambassadorsportalen.organisation.control.HrPlan;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.tabular.ImportProgress;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The import of the HR system's export: first a preview of what would change (new, changed, moved,
 * leaving, managers), then the same file written. Both check the whole file first; the writes run
 * in one transaction and only when every row is good, so an import stores everything or nothing.
 * Importing the same file again changes nothing and records nothing. For an admin on the page, or a
 * nightly job with an admin's (or the {@link Role#HR_IMPORT} integration account's) personal token.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR_IMPORT})
public class HrImports {

    /** Files larger than this are refused before parsing (10,000 people are about 1 MB as CSV). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** What a call did: showed the changes, wrote them, found nothing to change, or refused the file. */
    public enum Outcome {
        PREVIEW,
        IMPORTED,
        UNCHANGED,
        REJECTED
    }

    /**
     * The preview or the summary: the changes counted by kind (and the first
     * {@value HrPlan#MAX_LISTED_CHANGES} listed), or every bad row with its line and reason.
     * {@code approvalsFlagged} names the waiting approvals nobody could take over.
     */
    public record Report(
            Outcome outcome,
            Long importId,
            String format,
            String encoding,
            long rows,
            Map<HrPlan.ChangeKind, Long> counts,
            List<HrPlan.Change> changes,
            long problemCount,
            List<HrExport.Problem> problems,
            int approvalsHandedOver,
            List<String> approvalsFlagged)
            implements Serializable {

        public boolean written() {
            return outcome == Outcome.IMPORTED;
        }

        public long count(HrPlan.ChangeKind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /** A person as the portal holds them for the HR system, with their account's state. */
    public record PersonState(
            long id,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String unitCode,
            String profession,
            LocalDate employmentEnds,
            LocalDate leftOn,
            String username,
            Boolean accountActive,
            List<String> roles) {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Resource
    SessionContext caller;

    @Inject
    Event<ApproversReplaced> approversReplaced;

    @Inject
    UnitOutlineCache unitOutlines;

    /** The person with this employee number, for a job that checks what an import did. */
    public Optional<PersonState> person(String employeeNumber) {
        Optional<Person> found = em.createQuery(
                        "select p from Person p left join fetch p.unit where p.employeeNumber = :number", Person.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst();
        return found.map(person -> {
            Optional<UserAccount> account = em.createQuery(
                            "select u from UserAccount u where u.person = :person", UserAccount.class)
                    .setParameter("person", person)
                    .getResultStream()
                    .findFirst();
            return new PersonState(
                    person.getId(),
                    person.getEmployeeNumber(),
                    person.getFirstName(),
                    person.getLastName(),
                    person.getEmail(),
                    person.getUnit() == null ? null : person.getUnit().getCode(),
                    person.getProfession(),
                    person.getEmploymentEnds(),
                    person.getLeftOn(),
                    account.map(UserAccount::getUsername).orElse(null),
                    account.map(UserAccount::isActive).orElse(null),
                    account.map(a -> a.getRoles().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList())
                            .orElse(List.of()));
        });
    }

    /** What the file would change; writes nothing. */
    public Report preview(String fileName, byte[] bytes) {
        return run(false, fileName, bytes, new ImportProgress());
    }

    /** Checks the file and, when every row is good, writes what it changes. */
    public Report importFile(String fileName, byte[] bytes) {
        return run(true, fileName, bytes, new ImportProgress());
    }

    /**
     * The preview or the import on a container thread, for the page: it returns at once and the
     * page follows {@code progress} until the future holds the report. Its own transaction, so the
     * import is still all or nothing; the caller's identity goes with it.
     */
    @Asynchronous
    public Future<Report> runInBackground(boolean write, String fileName, byte[] bytes, ImportProgress progress) {
        return new AsyncResult<>(run(write, fileName, bytes, progress));
    }

    private Report run(boolean write, String fileName, byte[] bytes, ImportProgress progress) {
        if (bytes == null || bytes.length == 0) {
            return refused(progress, "organisation.hr.problem.empty");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return refused(progress, "organisation.hr.problem.tooLarge", String.valueOf(MAX_FILE_BYTES / 1024 / 1024));
        }
        HrExport.Content content = HrExport.read(bytes, progress);
        String format = content.format();
        String encoding = content.charset() == null ? null : content.charset().name();
        try (Connection connection = database.getConnection()) {
            HrImportSql.Planned planned = HrImportSql.plan(connection, content, PortalTime.today());
            HrPlan.Result plan = planned.plan();
            if (!plan.isValid()) {
                progress.finished();
                return new Report(
                        Outcome.REJECTED,
                        null,
                        format,
                        encoding,
                        content.rows(),
                        plan.counts(),
                        List.of(),
                        plan.problemCount(),
                        plan.problems(),
                        0,
                        List.of());
            }
            if (!write || plan.changesNothing()) {
                progress.finished();
                return new Report(
                        plan.changesNothing() ? Outcome.UNCHANGED : Outcome.PREVIEW,
                        null,
                        format,
                        encoding,
                        content.rows(),
                        plan.counts(),
                        plan.changes(),
                        0,
                        List.of(),
                        0,
                        List.of());
            }
            progress.storing();
            HrImportSql.Applied applied = HrImportSql.apply(
                    connection,
                    planned,
                    new HrImportSql.Record(
                            PortalTime.moment(),
                            caller.getCallerPrincipal().getName(),
                            fileName,
                            sha256(bytes),
                            content.rows()));
            unitOutlines.changed();
            ApproversReplaced handOver = new ApproversReplaced(applied.formerApprovers());
            if (!applied.formerApprovers().isEmpty()) {
                approversReplaced.fire(handOver);
            }
            HrImportSql.recordHandOver(
                    connection,
                    applied.importId(),
                    handOver.handedOverCount(),
                    handOver.flagged().size());
            progress.finished();
            return new Report(
                    Outcome.IMPORTED,
                    applied.importId(),
                    format,
                    encoding,
                    content.rows(),
                    plan.counts(),
                    plan.changes(),
                    0,
                    List.of(),
                    handOver.handedOverCount(),
                    handOver.flagged());
        } catch (SQLException e) {
            throw new IllegalStateException("The HR import could not be written", e);
        }
    }

    private static Report refused(ImportProgress progress, String key, String... arguments) {
        progress.finished();
        return new Report(
                Outcome.REJECTED,
                null,
                null,
                null,
                0,
                Map.of(),
                List.of(),
                1,
                List.of(new HrExport.Problem(0, key, List.of(arguments))),
                0,
                List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

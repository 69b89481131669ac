package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.control.UnitCoverage;
import se.ambassadorsportalen.policy.entity.PolicyAcknowledgement;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.PolicyVersion;

/**
 * Read acknowledgements: an employee confirms the current version of a document, a manager
 * sees for their units who has and who has not, and reminds those who have not. HR and
 * communicators see every unit; a manager only the units they manage (and those below).
 */
@Stateless
public class Acknowledgements {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Policies policies;

    @Inject
    Organisation organisation;

    @Inject
    UserAccounts accounts;

    @Inject
    Mailer mailer;

    /**
     * "I have read and understood" the current version. Acknowledging again is harmless: the
     * earlier acknowledgement that still covers the current version is returned.
     */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR
    })
    public PolicyAcknowledgement acknowledge(long documentId) {
        PolicyDocument document = policies.document(documentId);
        Person me = currentUser.requirePerson();
        Optional<PolicyAcknowledgement> earlier = covering(document, me);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PolicyAcknowledgement acknowledgement = document.acknowledge(me, Policies.now());
        em.persist(acknowledgement);
        return acknowledgement;
    }

    /** The caller's acknowledgement that covers the current version, if any. */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public Optional<PolicyAcknowledgement> mine(long documentId) {
        return currentUser.person().flatMap(me -> covering(policies.document(documentId), me));
    }

    /** Current versions the caller still has to acknowledge, the earliest due first. */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public List<PolicyVersion> awaitingMine() {
        Optional<Person> me = currentUser.person();
        if (me.isEmpty()) {
            return List.of();
        }
        // two plain queries and a filter here: few documents ask for acknowledgement, and EclipseLink
        // renders booleans in a NOT EXISTS subquery as 1, which H2 2 refuses
        Set<String> done = new HashSet<>();
        em.createQuery(
                        "select a.document.id, a.major from PolicyAcknowledgement a where a.person = :me",
                        Object[].class)
                .setParameter("me", me.get())
                .getResultList()
                .forEach(row -> done.add(row[0] + "/" + row[1]));
        return Queries.batch(
                        em.createQuery(
                                "select v from PolicyVersion v join v.document d where v.current = :yes"
                                        + " and d.requiresAcknowledgement = :yes",
                                PolicyVersion.class),
                        "document")
                .setParameter("yes", Boolean.TRUE)
                .getResultList()
                .stream()
                .filter(v -> !done.contains(v.getDocument().getId() + "/" + v.getMajor()))
                .sorted(Comparator.comparing(
                                (PolicyVersion v) -> v.getDocument().getAcknowledgementDue(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PolicyVersion::getTitleSv))
                .toList();
    }

    /**
     * Acknowledged and total staff per unit for the current version: every unit the caller may
     * see, or {@code unitId} and the units below it.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.HR, Role.Names.COMMUNICATOR})
    public List<UnitCoverage> coverage(long documentId, Long unitId) {
        PolicyDocument document = policies.document(documentId);
        List<Unit> units = visibleUnits(unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> acknowledged = new HashMap<>();
        em.createQuery(
                        "select p.unit.id, count(a) from PolicyAcknowledgement a join a.person p"
                                + " where a.document = :document and a.major = :major and p.unit in :units group by p.unit.id",
                        Object[].class)
                .setParameter("document", document)
                .setParameter("major", document.current().getMajor())
                .setParameter("units", InLists.padded(units))
                .getResultList()
                .forEach(row -> acknowledged.put((Long) row[0], ((Number) row[1]).longValue()));
        Map<Long, Long> staff = organisation.employeeCounts(units);
        return units.stream()
                .map(unit -> {
                    long total = staff.getOrDefault(unit.getId(), 0L);
                    long done = Math.min(total, acknowledged.getOrDefault(unit.getId(), 0L));
                    return new UnitCoverage(unit.getId(), unit.getCode(), unit.getName(), done, total);
                })
                .filter(row -> row.total() > 0)
                .toList();
    }

    /** The staff of one unit who have not acknowledged the current version, in the reader's alphabet. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.HR, Role.Names.COMMUNICATOR})
    public List<Person> missing(long documentId, long unitId, Locale reader) {
        PolicyDocument document = policies.document(documentId);
        Unit unit = visibleUnits(unitId).get(0);
        Set<Long> done = new HashSet<>(em.createQuery(
                        "select a.person.id from PolicyAcknowledgement a"
                                + " where a.document = :document and a.major = :major and a.person.unit = :unit",
                        Long.class)
                .setParameter("document", document)
                .setParameter("major", document.current().getMajor())
                .setParameter("unit", unit)
                .getResultList());
        return organisation.employeesIn(List.of(unit), reader).stream()
                .filter(person -> !done.contains(person.getId()))
                .toList();
    }

    /** Mails a reminder to everyone in the unit who has not acknowledged; returns how many were reminded. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.HR, Role.Names.COMMUNICATOR})
    public int remind(long documentId, long unitId) {
        PolicyDocument document = policies.document(documentId);
        if (!document.isRequiresAcknowledgement()) {
            throw PortalException.conflict("policy.ack.notRequired");
        }
        PolicyVersion current = document.current();
        String from = currentUser.displayName();
        int count = 0;
        List<Person> missing = missing(documentId, unitId, Languages.DEFAULT);
        Map<Long, Locale> locales =
                accounts.localesOf(missing.stream().map(Person::getId).toList());
        for (Person person : missing) {
            Locale locale = locales.get(person.getId());
            String due = document.getAcknowledgementDue() == null
                    ? ""
                    : Messages.text(
                            locale,
                            "policy.reminder.due",
                            Messages.dateFormat(locale).format(document.getAcknowledgementDue()));
            mailer.send(
                    person.getEmail(),
                    Messages.text(locale, "policy.reminder.subject", current.title(locale)),
                    Messages.text(
                            locale,
                            "policy.reminder.body",
                            person.getFirstName(),
                            current.title(locale),
                            current.getNumber(),
                            due,
                            from));
            count++;
        }
        return count;
    }

    /** The units the caller may see coverage for: all (HR, communicators) or the managed ones; narrowed to {@code unitId}'s subtree. */
    private List<Unit> visibleUnits(Long unitId) {
        boolean seesAll = currentUser.holds(Role.HR) || currentUser.holds(Role.COMMUNICATOR);
        if (seesAll) {
            return unitId == null ? organisation.allUnits() : organisation.subtree(organisation.unit(unitId));
        }
        List<Unit> managed =
                currentUser.person().map(organisation::unitsManagedBy).orElse(List.of());
        if (unitId == null) {
            return managed;
        }
        Unit unit = organisation.unit(unitId);
        if (!managed.contains(unit)) {
            throw PortalException.forbidden("policy.coverage.notYourUnit");
        }
        return organisation.subtree(unit);
    }

    private Optional<PolicyAcknowledgement> covering(PolicyDocument document, Person person) {
        return em.createQuery(
                        "select a from PolicyAcknowledgement a where a.document = :document and a.person = :person"
                                + " and a.major = :major",
                        PolicyAcknowledgement.class)
                .setParameter("document", document)
                .setParameter("person", person)
                .setParameter("major", document.current().getMajor())
                .getResultStream()
                .findFirst();
    }
}

package se.ambassadorsportalen.ambassador.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.ambassadorsportalen.ambassador.control.RotaPlan;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.IsoWeek;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.RelayRequestStatus;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The Instagram relay rota: a trained ambassador asks for a week, a communicator confirms, moves
 * or declines; the week's instagrammer confirms the checklist; reminders go out by mail. At most
 * one person is confirmed per week: the week row is unique and versioned, so of two communicators
 * confirming at the same moment exactly one succeeds and the other is told the week was taken.
 */
@Stateless
public class RelayRota {

    /** Mail goes out in each recipient's own language (their account's choice, else the organisation's default). */
    @Inject
    UserAccounts accounts;

    /** The longest range one call may read, so nobody pages the whole history by accident. */
    public static final int MAX_WEEKS = 60;

    /** The week's checklist, in order (the relay guideline itself belongs to the policy module). */
    public static final List<String> CHECKLIST = List.of(
            "ambassador.relay.checklist.1",
            "ambassador.relay.checklist.2",
            "ambassador.relay.checklist.3",
            "ambassador.relay.checklist.4",
            "ambassador.relay.checklist.5");

    @PersistenceContext
    EntityManager em;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Trainings trainings;

    @Inject
    Mailer mailer;

    /** Weeks that have a row (requested or confirmed) between two dates, in order. */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public List<RelayWeek> weeks(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw PortalException.invalidField("to", "ambassador.relay.range.invalid");
        }
        if (from.plusWeeks(MAX_WEEKS).isBefore(to)) {
            throw PortalException.invalidField("to", "ambassador.relay.range.tooLong", MAX_WEEKS);
        }
        return em.createQuery(
                        "select w from RelayWeek w left join fetch w.confirmed c left join fetch c.person"
                                + " where w.startsOn >= :from and w.startsOn <= :to order by w.startsOn",
                        RelayWeek.class)
                .setParameter("from", IsoWeek.of(from).monday())
                .setParameter("to", to)
                .getResultList();
    }

    /** Open requests per week id. */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public Map<Long, Long> openRequestCounts(List<RelayWeek> weeks) {
        Map<Long, Long> counts = new HashMap<>();
        if (weeks.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "select r.week.id, count(r) from RelayRequest r where r.week in :weeks"
                                + " and r.status = :s group by r.week.id",
                        Object[].class)
                .setParameter("weeks", InLists.padded(weeks))
                .setParameter("s", RelayRequestStatus.REQUESTED)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The coming weeks with their state: confirmed, requested or a gap. */
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR,
        Role.Names.ADMIN
    })
    public List<RotaPlan.Slot> ahead(LocalDate today) {
        List<RelayWeek> weeks = weeks(today, today.plusWeeks(RotaPlan.HORIZON_WEEKS + 1L));
        Map<Long, Long> open = openRequestCounts(weeks);
        Map<IsoWeek, RotaPlan.Known> known = new HashMap<>();
        for (RelayWeek week : weeks) {
            known.put(
                    week.week(),
                    new RotaPlan.Known(
                            week.isConfirmed() ? nameOf(week.getConfirmed()) : null,
                            open.getOrDefault(week.getId(), 0L)));
        }
        return RotaPlan.ahead(today, RotaPlan.HORIZON_WEEKS, known);
    }

    /** A display name, or "former ambassador" for someone who has left (their name is erased). */
    public static String nameOf(Ambassador ambassador) {
        return ambassador
                .person()
                .map(Person::getDisplayName)
                .orElseGet(() -> Messages.text(Languages.DEFAULT, "ambassador.former"));
    }

    @RolesAllowed(Role.Names.EMPLOYEE)
    public RelayRequest request(String isoWeek) {
        IsoWeek week = IsoWeek.parse(isoWeek);
        Ambassador me = ambassadors.requireMine();
        RelayWeek relayWeek = weekRow(week);
        boolean already = em.createQuery(
                                "select count(r) from RelayRequest r where r.week = :w and r.ambassador = :a",
                                Long.class)
                        .setParameter("w", relayWeek)
                        .setParameter("a", me)
                        .getSingleResult()
                > 0;
        if (already) {
            throw PortalException.conflict("ambassador.relay.request.twice", week.toString());
        }
        RelayRequest request = relayWeek.request(me, trainings.trainedFor(me, Purpose.RELAY), PortalTime.moment());
        em.persist(request);
        return request;
    }

    /** The caller's own requests, newest week first. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public List<RelayRequest> myRequests() {
        Optional<Ambassador> me = ambassadors.mine();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r from RelayRequest r join fetch r.week where r.ambassador = :a"
                                + " order by r.week.startsOn desc",
                        RelayRequest.class)
                .setParameter("a", me.get())
                .getResultList();
    }

    /** The caller's confirmed week that has not ended, if any. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public Optional<RelayWeek> myNextWeek(LocalDate today) {
        return ambassadors
                .mine()
                .flatMap(me -> em.createQuery(
                                "select w from RelayWeek w where w.confirmed = :a"
                                        + " and w.startsOn >= :from order by w.startsOn",
                                RelayWeek.class)
                        .setParameter("a", me)
                        .setParameter("from", today.minusDays(6))
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst());
    }

    /** How many requests for a relay week wait for a communicator, for the home card. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public long openRequestCount() {
        return em.createQuery("select count(r) from RelayRequest r where r.status = :s", Long.class)
                .setParameter("s", RelayRequestStatus.REQUESTED)
                .getSingleResult();
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public List<RelayRequest> openRequests() {
        return em.createQuery(
                        "select r from RelayRequest r join fetch r.week join fetch r.ambassador a"
                                + " left join fetch a.person where r.status = :s order by r.week.startsOn, r.requestedAt",
                        RelayRequest.class)
                .setParameter("s", RelayRequestStatus.REQUESTED)
                .getResultList();
    }

    /**
     * Confirms a request. The week row's version decides between two communicators confirming
     * different people at once: the second flush fails and is told the week was just taken.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public RelayWeek confirm(long requestId) {
        RelayRequest request = request(requestId);
        RelayWeek week = request.getWeek();
        week.confirm(request, PortalTime.moment());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw PortalException.conflict("ambassador.relay.week.takenMeanwhile", week.getIsoWeek());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || String.valueOf(e.getMessage()).contains("OptimisticLock")) {
                throw PortalException.conflict("ambassador.relay.week.takenMeanwhile", week.getIsoWeek());
            }
            throw e;
        }
        Ambassador ambassador = request.getAmbassador();
        ambassador.person().ifPresent(person -> mailAboutWeek(person, "ambassador.mail.relayConfirmed", week));
        return week;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public RelayRequest move(long requestId, String toIsoWeek) {
        RelayRequest request = request(requestId);
        RelayWeek target = weekRow(IsoWeek.parse(toIsoWeek));
        boolean already = em.createQuery(
                                "select count(r) from RelayRequest r where r.week = :w and r.ambassador = :a",
                                Long.class)
                        .setParameter("w", target)
                        .setParameter("a", request.getAmbassador())
                        .getSingleResult()
                > 0;
        if (already) {
            throw PortalException.conflict("ambassador.relay.request.twice", toIsoWeek);
        }
        target.takeOver(request, PortalTime.today());
        return request;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public RelayRequest decline(long requestId, String reason) {
        RelayRequest request = request(requestId);
        request.decline(reason);
        request.getAmbassador()
                .person()
                .ifPresent(person -> mailer.send(
                        person.getEmail(),
                        text(
                                person,
                                "ambassador.mail.relayDeclined.subject",
                                request.getWeek().getIsoWeek()),
                        text(
                                person,
                                "ambassador.mail.relayDeclined.body",
                                person.getFirstName(),
                                request.getWeek().getIsoWeek(),
                                request.getReason())));
        return request;
    }

    /** The week's instagrammer confirms the guideline and checklist. */
    @RolesAllowed(Role.Names.EMPLOYEE)
    public RelayWeek acknowledgeGuideline(String isoWeek) {
        RelayWeek week = existingWeek(IsoWeek.parse(isoWeek));
        week.acknowledgeGuideline(ambassadors.requireMine(), PortalTime.moment());
        return week;
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public RelayWeek recordHandover(String isoWeek, String gift) {
        RelayWeek week = existingWeek(IsoWeek.parse(isoWeek));
        week.recordHandover(gift, PortalTime.moment());
        return week;
    }

    /** Sends the reminders due today: a week before the start and on the last day. Returns how many went out. */
    @PermitAll
    @OpenOnPurpose("called by the daily timer, without a caller")
    public int sendDueReminders(LocalDate today) {
        int sent = 0;
        for (RelayWeek week : em.createQuery(
                        "select w from RelayWeek w where w.confirmed is not null"
                                + " and w.startsOn >= :from and w.startsOn <= :to",
                        RelayWeek.class)
                .setParameter("from", today.minusDays(6))
                .setParameter("to", today.plusDays(7))
                .getResultList()) {
            Optional<Person> person = week.getConfirmed().person();
            if (week.reminderBeforeDue(today)) {
                person.ifPresent(p -> mailAboutWeek(p, "ambassador.mail.relayWeekBefore", week));
                week.remindedBefore();
                sent++;
            }
            if (week.reminderLastDayDue(today)) {
                person.ifPresent(p -> mailer.send(
                        p.getEmail(),
                        text(p, "ambassador.mail.relayLastDay.subject", week.getIsoWeek()),
                        text(p, "ambassador.mail.relayLastDay.body", p.getFirstName())));
                week.remindedLastDay();
                sent++;
            }
        }
        return sent;
    }

    /**
     * A mail about someone's relay week ({@code key.subject}, {@code key.body}) in their language:
     * the week ({0} of the subject), then their first name, the week, its first day in their date
     * format and the checklist ({0}-{3} of the body; a text uses those it needs).
     */
    private void mailAboutWeek(Person to, String key, RelayWeek week) {
        Locale locale = accounts.localeOf(to.getId());
        mailer.send(
                to.getEmail(),
                Messages.text(locale, key + ".subject", week.getIsoWeek()),
                Messages.text(
                        locale,
                        key + ".body",
                        to.getFirstName(),
                        week.getIsoWeek(),
                        Messages.dateFormat(locale).format(week.getStartsOn()),
                        checklist(locale)));
    }

    private static String checklist(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (String key : CHECKLIST) {
            text.append("- ").append(Messages.text(locale, key)).append('\n');
        }
        return text.toString();
    }

    private RelayRequest request(long id) {
        return Optional.ofNullable(em.find(RelayRequest.class, id))
                .orElseThrow(() -> PortalException.notFound("ambassador.relay.request.notFound", id));
    }

    private RelayWeek existingWeek(IsoWeek week) {
        return em.createQuery("select w from RelayWeek w where w.isoWeek = :w", RelayWeek.class)
                .setParameter("w", week.toString())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> PortalException.notFound("ambassador.relay.week.notFound", week.toString()));
    }

    /** The row of a week, created on first use. */
    private RelayWeek weekRow(IsoWeek week) {
        return em.createQuery("select w from RelayWeek w where w.isoWeek = :w", RelayWeek.class)
                .setParameter("w", week.toString())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    RelayWeek created = new RelayWeek(week);
                    em.persist(created);
                    return created;
                });
    }

    /** A mail's text in the language of the person it goes to. */
    private String text(Person recipient, String key, Object... arguments) {
        return Messages.text(accounts.localeOf(recipient.getId()), key, arguments);
    }
}

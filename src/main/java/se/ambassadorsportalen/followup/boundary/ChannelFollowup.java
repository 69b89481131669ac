package se.ambassadorsportalen.followup.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ambassadorsportalen.followup.control.ChannelStatsFile;
import se.ambassadorsportalen.followup.control.Cycle;
import se.ambassadorsportalen.followup.control.Scorecard;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.followup.entity.ChannelTarget;
import se.ambassadorsportalen.followup.entity.PostFigure;
import se.ambassadorsportalen.followup.entity.RateKind;
import se.ambassadorsportalen.followup.entity.Reminder;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.api.LocalNames;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.story.boundary.PublishedPosts;

/**
 * The monthly channel follow-up: communicators set each channel's targets and enter or import a
 * period's figures and its plan-do-check-act note; everyone signed in reads the figures against
 * the targets, the trend and the month's report (the report is for the whole organisation: it
 * holds channel statistics and published posts only, nothing about a person). Every read is a
 * fixed number of queries whatever the number of periods, posts or channels.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class ChannelFollowup {

    /** The language of mail to people whose own choice is not at hand: the organisation's default. */
    @Inject
    se.ambassadorsportalen.platform.i18n.OrganisationLanguage organisationLanguage;

    /** Periods in a trend: a year of 28-day periods and the same period a year before. */
    public static final int TREND_PERIODS = 13;

    /** Best posts shown per channel and period. */
    public static final int BEST_POSTS = 3;

    /** A statistics export is small (a year of days, a few hundred posts); larger is no export. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** A channel's targets as the form or a client sends them. */
    public record TargetDetails(
            String ownerEmail,
            Integer newFollowersPerMonth,
            RateKind rateKind,
            Double ratePercent,
            Integer postsPerWeek) {}

    /** A period's figures as the form or a client sends them. */
    public record FigureDetails(Integer followers, Integer newFollowers, Double ratePercent, Integer posts) {}

    /** A post of the period with its figures and, when the calendar knows its link, its title and material type. */
    public record BestPost(
            String link, String title, String materialType, int impressions, int interactions, Double ratePercent) {}

    /** A channel in a period: figures, targets, how each stands, posts per material type and the best posts. */
    public record ChannelRow(
            String code,
            LocalNames names,
            ChannelTarget target,
            ChannelPeriod figures,
            Scorecard.Status newFollowersStatus,
            Scorecard.Status rateStatus,
            Integer postsTarget,
            Scorecard.Status postsStatus,
            Map<String, Long> postsByType,
            List<BestPost> bestPosts) {

        /** The channel's name in the reader's language. */
        public String name(java.util.Locale locale) {
            return names.in(locale);
        }

        public RateKind rateKind() {
            return target == null ? RateKind.ACTIVITY : target.getRateKind();
        }

        public long calendarPosts() {
            return postsByType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The month's report: a period and every channel in it. */
    public record Report(Cycle.Period period, List<ChannelRow> channels) {}

    /** One period of a channel's trend; figures null when none were entered. */
    public record TrendPoint(Cycle.Period period, ChannelPeriod figures) {}

    /** What an import did: periods written (none when refused), rows read, problems. */
    public record ImportReport(
            boolean imported, String shape, long rows, List<LocalDate> periods, RowProblems problems) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ChannelGuide channelGuide;

    @Inject
    PublishedPosts publishedPosts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Mailer mailer;

    Clock clock = Clock.system(PortalTime.zone());

    Cycle cycle = Cycle.STANDARD;

    public List<ChannelSummary> channels() {
        return channelGuide.channelSummaries();
    }

    public Cycle cycle() {
        return cycle;
    }

    /** The period the report opens on: the last closed one. */
    public Cycle.Period lastClosed() {
        return cycle.lastClosed(LocalDate.now(clock));
    }

    /** Periods to choose among: the current one and the twelve before, newest first. */
    public List<Cycle.Period> recentPeriods() {
        List<Cycle.Period> periods = new ArrayList<>(cycle.upTo(cycle.periodOf(LocalDate.now(clock)), TREND_PERIODS));
        java.util.Collections.reverse(periods);
        return periods;
    }

    public Optional<ChannelTarget> target(String channelCode) {
        return em.createQuery("select t from ChannelTarget t where t.channelCode = :code", ChannelTarget.class)
                .setParameter("code", channelCode)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ChannelTarget saveTarget(String channelCode, TargetDetails details) {
        String code = knownChannel(channelCode);
        if (details == null) {
            throw PortalException.invalid("followup.target.required");
        }
        ChannelTarget target = target(code).orElseGet(() -> {
            ChannelTarget created = new ChannelTarget(code);
            em.persist(created);
            return created;
        });
        target.change(
                details.ownerEmail(),
                details.newFollowersPerMonth(),
                details.rateKind(),
                details.ratePercent(),
                details.postsPerWeek());
        return target;
    }

    /** Enters a period's figures; {@code day} may be any day of the period. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ChannelPeriod enter(String channelCode, LocalDate day, FigureDetails details) {
        String code = knownChannel(channelCode);
        if (details == null) {
            throw PortalException.invalid("followup.figure.required");
        }
        ChannelPeriod period = periodRow(code, startedPeriod(day));
        period.enter(
                details.followers(),
                details.newFollowers(),
                details.ratePercent(),
                details.posts(),
                ChannelPeriod.Source.FORM,
                currentUser.username(),
                PortalTime.moment(clock));
        return period;
    }

    /** Writes the period's plan-do-check-act note: what we learned, what we change. */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ChannelPeriod note(String channelCode, LocalDate day, String learned, String changeNext) {
        String code = knownChannel(channelCode);
        ChannelPeriod period = periodRow(code, startedPeriod(day));
        period.note(learned, changeNext, currentUser.username(), PortalTime.moment(clock));
        return period;
    }

    /**
     * Imports a channel's statistics export: all or nothing. Each period the file covers gets the
     * figures the file carries; a post export replaces the period's post figures.
     */
    @RolesAllowed(Role.Names.COMMUNICATOR)
    public ImportReport importFile(String channelCode, byte[] bytes) {
        String code = knownChannel(channelCode);
        if (bytes != null && bytes.length > MAX_FILE_BYTES) {
            RowProblems tooLarge = new RowProblems();
            tooLarge.add(0, "platform.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
            return new ImportReport(false, null, 0, List.of(), tooLarge);
        }
        ChannelStatsFile.Result result = ChannelStatsFile.read(bytes, cycle, LocalDate.now(clock));
        String shape = result.shape() == null ? null : result.shape().name();
        if (!result.isValid()) {
            return new ImportReport(false, shape, result.rows(), List.of(), result.problems());
        }
        String by = currentUser.username();
        Instant now = PortalTime.moment(clock);
        Map<LocalDate, ChannelPeriod> existing =
                periodRows(code, result.periods().keySet());
        for (Map.Entry<LocalDate, ChannelStatsFile.PeriodFigures> entry :
                result.periods().entrySet()) {
            ChannelPeriod period = existing.get(entry.getKey());
            if (period == null) {
                period = new ChannelPeriod(code, entry.getKey());
                em.persist(period);
            }
            ChannelStatsFile.PeriodFigures figures = entry.getValue();
            period.merge(figures.followers(), figures.newFollowers(), figures.ratePercent(), figures.posts(), by, now);
            if (result.shape() == ChannelStatsFile.Shape.POSTS) {
                if (!period.isNew()) {
                    em.createQuery("delete from PostFigure f where f.period = :period")
                            .setParameter("period", period)
                            .executeUpdate();
                }
                for (ChannelStatsFile.PostRow row : figures.postRows()) {
                    em.persist(new PostFigure(
                            period, row.link(), row.title(), row.publishedOn(), row.impressions(), row.interactions()));
                }
            }
        }
        return new ImportReport(
                true, shape, result.rows(), List.copyOf(result.periods().keySet()), result.problems());
    }

    /** The month's report for a period (any day of it): every channel against its targets. */
    public Report report(LocalDate day) {
        Cycle.Period period = cycle.periodOf(day == null ? LocalDate.now(clock) : day);
        List<ChannelSummary> channels = channelGuide.channelSummaries();
        Map<String, ChannelTarget> targets = em.createQuery("select t from ChannelTarget t", ChannelTarget.class)
                .getResultStream()
                .collect(Collectors.toMap(ChannelTarget::getChannelCode, Function.identity()));
        Map<String, ChannelPeriod> figures = em.createQuery(
                        "select p from ChannelPeriod p where p.periodStart = :start", ChannelPeriod.class)
                .setParameter("start", period.start())
                .getResultStream()
                .collect(Collectors.toMap(ChannelPeriod::getChannelCode, Function.identity()));
        Map<String, Map<String, Long>> types = new HashMap<>();
        for (PublishedPosts.TypeCount count : publishedPosts.countsByType(period.start(), period.endExclusive())) {
            types.computeIfAbsent(count.channelCode(), c -> new LinkedHashMap<>())
                    .put(count.materialType() == null ? "" : count.materialType(), count.posts());
        }
        Map<String, List<PostFigure>> posts = em.createQuery(
                        "select f from PostFigure f join fetch f.period p"
                                + " where p.periodStart = :start order by f.interactions desc, f.id",
                        PostFigure.class)
                .setParameter("start", period.start())
                .getResultStream()
                .collect(Collectors.groupingBy(f -> f.getPeriod().getChannelCode()));
        List<String> bestLinks = posts.values().stream()
                .flatMap(list -> list.stream().limit(BEST_POSTS))
                .map(PostFigure::getLink)
                .toList();
        Map<String, PublishedPosts.PublishedPost> calendar = publishedPosts.byLinks(bestLinks).stream()
                .collect(Collectors.toMap(PublishedPosts.PublishedPost::link, Function.identity(), (a, b) -> a));
        List<ChannelRow> rows = new ArrayList<>();
        for (ChannelSummary channel : channels) {
            ChannelTarget target = targets.get(channel.code());
            ChannelPeriod figure = figures.get(channel.code());
            List<BestPost> best = posts.getOrDefault(channel.code(), List.of()).stream()
                    .limit(BEST_POSTS)
                    .map(f -> {
                        PublishedPosts.PublishedPost known = calendar.get(f.getLink());
                        return new BestPost(
                                f.getLink(),
                                known != null ? known.title() : f.getTitle(),
                                known != null ? known.materialType() : null,
                                f.getImpressions(),
                                f.getInteractions(),
                                f.ratePercent());
                    })
                    .toList();
            rows.add(row(channel, target, figure, types.getOrDefault(channel.code(), Map.of()), best));
        }
        return new Report(period, rows);
    }

    static ChannelRow row(
            ChannelSummary channel,
            ChannelTarget target,
            ChannelPeriod figure,
            Map<String, Long> postsByType,
            List<BestPost> best) {
        Integer postsTarget = target == null ? null : Scorecard.postsPerPeriod(target.getPostsPerWeek());
        return new ChannelRow(
                channel.code(),
                channel.names(),
                target,
                figure,
                Scorecard.atLeast(
                        figure == null ? null : figure.getNewFollowers(),
                        target == null ? null : target.getNewFollowersPerMonth()),
                Scorecard.atLeast(
                        figure == null ? null : figure.getRatePercent(),
                        target == null ? null : target.getRatePercent()),
                postsTarget,
                Scorecard.atLeast(figure == null ? null : figure.getPosts(), postsTarget),
                postsByType,
                best);
    }

    /** A channel's last {@link #TREND_PERIODS} periods up to the one holding {@code day}, oldest first. */
    public List<TrendPoint> trend(String channelCode, LocalDate day) {
        List<Cycle.Period> periods =
                cycle.upTo(cycle.periodOf(day == null ? LocalDate.now(clock) : day), TREND_PERIODS);
        Map<LocalDate, ChannelPeriod> rows = em.createQuery(
                        "select p from ChannelPeriod p where p.channelCode = :code"
                                + " and p.periodStart >= :from and p.periodStart <= :to",
                        ChannelPeriod.class)
                .setParameter("code", channelCode)
                .setParameter("from", periods.get(0).start())
                .setParameter("to", periods.get(periods.size() - 1).start())
                .getResultStream()
                .collect(Collectors.toMap(ChannelPeriod::getPeriodStart, Function.identity()));
        return periods.stream()
                .map(period -> new TrendPoint(period, rows.get(period.start())))
                .toList();
    }

    /**
     * Reminds each channel owner whose channel has no figures for the period that closed last, once
     * per channel and period (the reminder row is unique). Called by the daily timer, which runs
     * without a signed-in user.
     */
    @PermitAll
    @OpenOnPurpose("the daily reminder of channels without figures, run by a timer without a caller")
    public int remindMissing(LocalDate today) {
        Cycle.Period closed = cycle.lastClosed(today);
        List<ChannelTarget> owned = em.createQuery(
                        "select t from ChannelTarget t where t.ownerEmail is not null"
                                + " and not exists (select p from ChannelPeriod p where p.channelCode = t.channelCode"
                                + " and p.periodStart = :start and (p.followers is not null or p.newFollowers is not null"
                                + " or p.ratePercent is not null or p.posts is not null))"
                                + " and not exists (select r from Reminder r where r.channelCode = t.channelCode"
                                + " and r.periodStart = :start)",
                        ChannelTarget.class)
                .setParameter("start", closed.start())
                .getResultList();
        Map<String, String> names = channelGuide.channelSummaries().stream()
                .collect(Collectors.toMap(ChannelSummary::code, c -> c.name(organisationLanguage.locale())));
        int sent = 0;
        for (ChannelTarget target : owned.stream()
                .sorted(Comparator.comparing(ChannelTarget::getChannelCode))
                .toList()) {
            String name = names.getOrDefault(target.getChannelCode(), target.getChannelCode());
            em.persist(new Reminder(
                    target.getChannelCode(), closed.start(), target.getOwnerEmail(), PortalTime.moment(clock)));
            mailer.send(
                    target.getOwnerEmail(),
                    bilingual("followup.mail.reminder.subject", name, closed.start(), closed.end())
                            .replace("\n\n", " / "),
                    bilingual("followup.mail.reminder.body", name, closed.start(), closed.end()));
            sent++;
        }
        return sent;
    }

    /**
     * The owner is an address, not an account with a language: the reminder says it in the
     * organisation's language and in English.
     */
    private String bilingual(String key, Object... arguments) {
        java.util.Locale own = organisationLanguage.locale();
        String english = Messages.text(java.util.Locale.ENGLISH, key, arguments);
        return own.equals(java.util.Locale.ENGLISH) ? english : Messages.text(own, key, arguments) + "\n\n" + english;
    }

    private String knownChannel(String channelCode) {
        if (channelCode == null
                || channelGuide.channelSummaries().stream()
                        .noneMatch(channel -> channel.code().equals(channelCode))) {
            throw PortalException.notFound("followup.channel.notFound", channelCode);
        }
        return channelCode;
    }

    /** The period of a day that has begun: figures for a period that has not started are refused. */
    private LocalDate startedPeriod(LocalDate day) {
        if (day == null) {
            throw PortalException.invalidField("period", "followup.period.required");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw PortalException.invalidField("period", "followup.period.future");
        }
        return cycle.periodOf(day).start();
    }

    private ChannelPeriod periodRow(String code, LocalDate start) {
        return periodRows(code, List.of(start)).values().stream().findFirst().orElseGet(() -> {
            ChannelPeriod created = new ChannelPeriod(code, start);
            em.persist(created);
            return created;
        });
    }

    private Map<LocalDate, ChannelPeriod> periodRows(String code, java.util.Collection<LocalDate> starts) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select p from ChannelPeriod p where p.channelCode = :code and p.periodStart in :starts",
                        ChannelPeriod.class)
                .setParameter("code", code)
                .setParameter("starts", InLists.padded(starts))
                .getResultStream()
                .collect(Collectors.toMap(ChannelPeriod::getPeriodStart, Function.identity()));
    }
}

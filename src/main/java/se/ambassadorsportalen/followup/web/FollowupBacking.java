package se.ambassadorsportalen.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.followup.boundary.ChannelFollowup;
import se.ambassadorsportalen.followup.boundary.FollowupReport;
import se.ambassadorsportalen.followup.control.Cycle;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.followup.entity.ChannelTarget;
import se.ambassadorsportalen.followup.entity.RateKind;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.policy.api.ChannelSummary;

/**
 * The communicators' follow-up page: one channel in one period, its figures against its targets,
 * the trend over 13 periods, the forms for figures, the note and the targets, and the import of a
 * statistics export. Holds the page's state only; the rules are in {@link ChannelFollowup}.
 */
@Named("followup")
@ViewScoped
public class FollowupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChannelFollowup service;

    @Inject
    FollowupReport reports;

    private String channel;
    private String period;
    private List<ChannelSummary> channels;
    private List<Cycle.Period> periods;
    /**
     * The channel's row and trend in the chosen period, read at most once per request: they carry
     * the period's figures and targets as entities, which kept in the view would keep the
     * persistence context that read them alive. The forms keep what they show as plain values.
     */
    private final PerRequest<Shown> shown = PerRequest.of(this::read);

    private Map<String, String> typeNames;

    private Integer followers;
    private Integer newFollowers;
    private Double ratePercent;
    private Integer posts;
    private String learned;
    private String changeNext;
    private String ownerEmail;
    private Integer newFollowersTarget;
    private RateKind rateKind;
    private Double rateTarget;
    private Integer postsPerWeek;
    private transient Part file;
    private transient ChannelFollowup.ImportReport importReport;

    public void load() {
        channels = service.channels();
        periods = service.recentPeriods();
        if (channel == null || channels.stream().noneMatch(c -> c.code().equals(channel))) {
            channel = channels.stream()
                    .map(ChannelSummary::code)
                    .filter("LINKEDIN"::equals)
                    .findFirst()
                    .orElse(channels.isEmpty() ? null : channels.get(0).code());
        }
        LocalDate day = parse(period);
        period = (day == null ? service.lastClosed() : service.cycle().periodOf(day))
                .start()
                .toString();
        typeNames = reports.materialTypeNames(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale());
        refresh();
    }

    private record Shown(ChannelFollowup.ChannelRow row, List<ChannelFollowup.TrendPoint> trend) {}

    private Shown read() {
        if (channel == null || period == null) {
            return new Shown(null, null);
        }
        LocalDate start = LocalDate.parse(period);
        ChannelFollowup.ChannelRow read = service.report(start).channels().stream()
                .filter(r -> r.code().equals(channel))
                .findFirst()
                .orElse(null);
        return new Shown(read, service.trend(channel, start));
    }

    /** Reads the channel in the period again and fills the forms with what is stored. */
    public void refresh() {
        shown.forget();
        if (channel == null) {
            return;
        }
        ChannelFollowup.ChannelRow row = getRow();
        ChannelPeriod figures = row == null ? null : row.figures();
        followers = figures == null ? null : figures.getFollowers();
        newFollowers = figures == null ? null : figures.getNewFollowers();
        ratePercent = figures == null ? null : figures.getRatePercent();
        posts = figures == null ? null : figures.getPosts();
        learned = figures == null ? null : figures.getLearned();
        changeNext = figures == null ? null : figures.getChangeNext();
        ChannelTarget target = row == null ? null : row.target();
        ownerEmail = target == null ? null : target.getOwnerEmail();
        newFollowersTarget = target == null ? null : target.getNewFollowersPerMonth();
        rateKind = target == null ? RateKind.ACTIVITY : target.getRateKind();
        rateTarget = target == null ? null : target.getRatePercent();
        postsPerWeek = target == null ? null : target.getPostsPerWeek();
    }

    public void saveFigures() {
        try {
            service.enter(
                    channel,
                    LocalDate.parse(period),
                    new ChannelFollowup.FigureDetails(followers, newFollowers, ratePercent, posts));
            FacesMessages.info("followup.figures.saved");
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "figuresForm");
        }
    }

    public void saveNote() {
        try {
            service.note(channel, LocalDate.parse(period), learned, changeNext);
            FacesMessages.info("followup.note.saved");
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "noteForm");
        }
    }

    public void saveTarget() {
        try {
            service.saveTarget(
                    channel,
                    new ChannelFollowup.TargetDetails(
                            ownerEmail, newFollowersTarget, rateKind, rateTarget, postsPerWeek));
            FacesMessages.info("followup.target.saved");
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "targetForm");
        }
    }

    public void upload() {
        importReport = null;
        byte[] bytes = new byte[0];
        if (file != null && file.getSize() > 0) {
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes(ChannelFollowup.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            importReport = service.importFile(channel, bytes);
            if (importReport.imported()) {
                FacesMessages.info(
                        "followup.import.done",
                        importReport.rows(),
                        importReport.periods().size());
            } else {
                FacesMessages.error(
                        "importForm:file",
                        "followup.import.refused",
                        importReport.problems().count());
            }
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "importForm");
        }
    }

    public String problemText(RowProblems.Problem problem) {
        String reason = FacesMessages.text(problem.key(), problem.arguments().toArray());
        return problem.line() == 0 ? reason : FacesMessages.text("platform.import.line", problem.line(), reason);
    }

    public String getNewFollowersChart() {
        ChannelFollowup.ChannelRow row = getRow();
        List<ChannelFollowup.TrendPoint> trend = getTrend();
        return trend == null
                ? "{}"
                : FollowupCharts.trend(
                        trend,
                        ChannelPeriod::getNewFollowers,
                        row == null || row.target() == null
                                ? null
                                : row.target().getNewFollowersPerMonth(),
                        FacesMessages.text("followup.column.newFollowers"),
                        FacesMessages.text("followup.chart.target"),
                        FacesMessages.text("followup.chart.followersAxis"));
    }

    public String getRateChart() {
        ChannelFollowup.ChannelRow row = getRow();
        List<ChannelFollowup.TrendPoint> trend = getTrend();
        return trend == null
                ? "{}"
                : FollowupCharts.trend(
                        trend,
                        ChannelPeriod::getRatePercent,
                        row == null || row.target() == null
                                ? null
                                : row.target().getRatePercent(),
                        FacesMessages.text(FollowupReport.labelKey(row == null ? RateKind.ACTIVITY : row.rateKind())),
                        FacesMessages.text("followup.chart.target"),
                        "%");
    }

    public String postsByType() {
        ChannelFollowup.ChannelRow row = getRow();
        return row == null ? "" : FollowupReport.postsByType(row.postsByType(), typeNames);
    }

    public String typeName(String code) {
        return code == null ? "–" : typeNames.getOrDefault(code, code);
    }

    public String periodLabel(Cycle.Period p) {
        return p.start() + " – " + p.end();
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public RateKind[] getRateKinds() {
        return RateKind.values();
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<ChannelSummary> getChannels() {
        return channels;
    }

    public List<Cycle.Period> getPeriods() {
        return periods;
    }

    public ChannelFollowup.ChannelRow getRow() {
        return shown.get().row();
    }

    public List<ChannelFollowup.TrendPoint> getTrend() {
        return shown.get().trend();
    }

    public Integer getFollowers() {
        return followers;
    }

    public void setFollowers(Integer followers) {
        this.followers = followers;
    }

    public Integer getNewFollowers() {
        return newFollowers;
    }

    public void setNewFollowers(Integer newFollowers) {
        this.newFollowers = newFollowers;
    }

    public Double getRatePercent() {
        return ratePercent;
    }

    public void setRatePercent(Double ratePercent) {
        this.ratePercent = ratePercent;
    }

    public Integer getPosts() {
        return posts;
    }

    public void setPosts(Integer posts) {
        this.posts = posts;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public String getChangeNext() {
        return changeNext;
    }

    public void setChangeNext(String changeNext) {
        this.changeNext = changeNext;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public Integer getNewFollowersTarget() {
        return newFollowersTarget;
    }

    public void setNewFollowersTarget(Integer newFollowersTarget) {
        this.newFollowersTarget = newFollowersTarget;
    }

    public RateKind getRateKind() {
        return rateKind;
    }

    public void setRateKind(RateKind rateKind) {
        this.rateKind = rateKind;
    }

    public Double getRateTarget() {
        return rateTarget;
    }

    public void setRateTarget(Double rateTarget) {
        this.rateTarget = rateTarget;
    }

    public Integer getPostsPerWeek() {
        return postsPerWeek;
    }

    public void setPostsPerWeek(Integer postsPerWeek) {
        this.postsPerWeek = postsPerWeek;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ChannelFollowup.ImportReport getImportReport() {
        return importReport;
    }
}

package se.ambassadorsportalen.followup.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.ambassadorsportalen.followup.control.ReportWorkbook;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;

/** The month's report as the editors' meeting takes it away: an Excel workbook in the reader's language. */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class FollowupReport {

    /** The workbook's bytes and the name to save it under. */
    public record Workbook(String fileName, byte[] bytes) {}

    @Inject
    ChannelFollowup followup;

    @Inject
    ChannelGuide channelGuide;

    /** Material type code → its name in the language, for the report's "posts per material type". */
    public Map<String, String> materialTypeNames(Locale locale) {
        return channelGuide.materialTypeSummaries().stream()
                .collect(Collectors.toMap(MaterialTypeSummary::code, type -> type.name(locale)));
    }

    /** "Skryt 3, Kunskap 2": a channel's calendar posts per material type, in the guide's words. */
    public static String postsByType(Map<String, Long> counts, Map<String, String> names) {
        return counts.entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The bundle key of a status or rate kind: {@code followup.status.MET}, {@code followup.rateKind.ACTIVITY}. */
    public static String labelKey(Enum<?> value) {
        String kind = value instanceof se.ambassadorsportalen.followup.entity.RateKind ? "rateKind" : "status";
        return "followup." + kind + "." + value.name();
    }

    public Workbook workbook(LocalDate day, Locale locale) {
        ChannelFollowup.Report report = followup.report(day);
        Map<String, String> names = materialTypeNames(locale);
        List<ReportWorkbook.Line> lines = new ArrayList<>();
        List<ReportWorkbook.PostLine> posts = new ArrayList<>();
        for (ChannelFollowup.ChannelRow row : report.channels()) {
            ChannelPeriod f = row.figures();
            lines.add(new ReportWorkbook.Line(
                    row.name(locale),
                    f == null ? null : f.getFollowers(),
                    f == null ? null : f.getNewFollowers(),
                    row.target() == null ? null : row.target().getNewFollowersPerMonth(),
                    status(row.newFollowersStatus(), locale),
                    f == null ? null : f.getRatePercent(),
                    Messages.text(locale, labelKey(row.rateKind())),
                    row.target() == null ? null : row.target().getRatePercent(),
                    status(row.rateStatus(), locale),
                    f == null ? null : f.getPosts(),
                    row.postsTarget(),
                    status(row.postsStatus(), locale),
                    postsByType(row.postsByType(), names),
                    f == null ? null : f.getLearned(),
                    f == null ? null : f.getChangeNext()));
            for (ChannelFollowup.BestPost post : row.bestPosts()) {
                posts.add(new ReportWorkbook.PostLine(
                        row.name(locale),
                        post.title(),
                        post.materialType() == null
                                ? null
                                : names.getOrDefault(post.materialType(), post.materialType()),
                        post.link(),
                        post.impressions(),
                        post.interactions(),
                        post.ratePercent()));
            }
        }
        String label = report.period().start() + " – " + report.period().end();
        return new Workbook(
                Messages.text(
                        locale,
                        "followup.workbook.fileName",
                        report.period().start().toString()),
                ReportWorkbook.write(label, lines, posts, locale));
    }

    private static String status(se.ambassadorsportalen.followup.control.Scorecard.Status status, Locale locale) {
        return Messages.text(locale, labelKey(status));
    }
}

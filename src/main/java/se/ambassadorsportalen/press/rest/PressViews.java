package se.ambassadorsportalen.press.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.Explanation;
import se.ambassadorsportalen.press.control.Router.Proposal;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.control.RoutingSnapshot;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.Spokesperson;

/** The JSON shapes of the press API: records that JSON-B writes as they are. Times are local, Europe/Stockholm. */
public final class PressViews {

    private PressViews() {}

    public record ReasonView(String key, List<String> arguments, String text) {
        static ReasonView of(Explanation explanation, Locale locale) {
            return new ReasonView(
                    explanation.key(), explanation.arguments(), Spokespeople.explain(explanation, locale));
        }
    }

    public record ProposalView(
            int rank,
            long id,
            String name,
            String title,
            String phone,
            String email,
            boolean available,
            Long insteadOfId,
            String reason,
            List<ReasonView> reasons) {}

    public record TopicView(String code, String name, String area) {}

    public record RoutingView(
            List<TopicView> topics, String decidedBy, List<String> notices, List<ProposalView> proposals) {
        static RoutingView of(Routing routing, RoutingSnapshot snapshot, Spokespeople registry, Locale locale) {
            List<TopicView> topics = routing.topicCodes().stream()
                    .map(snapshot::topic)
                    .filter(t -> t != null)
                    .map(t -> new TopicView(t.code(), t.name(), t.area()))
                    .toList();
            List<ProposalView> proposals = routing.proposals().stream()
                    .map(p -> proposal(p, registry, locale))
                    .toList();
            return new RoutingView(
                    topics,
                    routing.decidedBy() == null ? null : routing.decidedBy().name(),
                    routing.notices().stream()
                            .map(n -> Spokespeople.explain(n, locale))
                            .toList(),
                    proposals);
        }

        private static ProposalView proposal(Proposal p, Spokespeople registry, Locale locale) {
            Spokesperson person = registry.spokesperson(p.spokespersonId());
            return new ProposalView(
                    p.rank(),
                    p.spokespersonId(),
                    p.name(),
                    p.title(),
                    person.getPhone(),
                    person.getEmail(),
                    p.available(),
                    p.insteadOfId(),
                    Spokespeople.explain(p.reasons(), locale),
                    p.reasons().stream().map(r -> ReasonView.of(r, locale)).toList());
        }
    }

    public record InquiryView(
            long id,
            long version,
            String journalist,
            String outlet,
            String channel,
            String question,
            List<String> topics,
            boolean political,
            boolean complex,
            OffsetDateTime deadline,
            OffsetDateTime receivedAt,
            Long assigneeId,
            String assigneeName,
            String routingNote,
            String status,
            OffsetDateTime answeredAt,
            boolean anonymised) {
        static InquiryView of(Inquiry i) {
            return new InquiryView(
                    i.getId(),
                    i.getVersion(),
                    i.getJournalist(),
                    i.getOutlet(),
                    i.getChannel().name(),
                    i.getQuestion(),
                    i.topicCodeList(),
                    i.isPolitical(),
                    i.isComplex(),
                    PortalTime.withOffset(i.getDeadline()),
                    PortalTime.withOffset(i.getReceivedAt()),
                    i.getAssignee() == null ? null : i.getAssignee().getId(),
                    i.getAssignee() == null ? null : i.getAssignee().getDisplayName(),
                    i.getRoutingNote(),
                    i.getStatus().name(),
                    PortalTime.withOffset(i.getAnsweredAt()),
                    i.getAnonymisedAt() != null);
        }
    }

    public record LoggedView(InquiryView inquiry, RoutingView routing) {}

    public record PageView<T>(List<T> items, long total, int first, int size) {}
}

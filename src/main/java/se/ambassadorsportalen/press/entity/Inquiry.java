package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A media inquiry made to the organisation: who asked, what, by when, who answers, and how it
 * ended. Its state changes refuse what makes no sense (answering a closed inquiry). Once the
 * retention period has passed it is anonymised: the journalist, outlet and question are erased,
 * the timing kept for the figures. Times are local, Europe/Stockholm.
 */
@Entity
@Table(name = "press_inquiry")
@EntityListeners(InquiryTouch.class)
public class Inquiry extends VersionedEntity {

    public static final String ERASED = "–";

    @Column(length = 200)
    private String journalist;

    @Column(length = 200)
    private String outlet;

    /** The outlet in each language's alphabet: the log sorted by outlet reads these. */
    @Embedded
    private SortKeys sortKeys;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryChannel channel;

    @Lob
    private String question;

    @Column(name = "topic_codes", length = 1000)
    private String topicCodes;

    @Column(nullable = false)
    private boolean political;

    @Column(nullable = false)
    private boolean complex;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_id")
    private Spokesperson proposed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Spokesperson assignee;

    @Column(name = "routing_note", length = 2000)
    private String routingNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryStatus status = InquiryStatus.NEW;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "logged_by", length = 60)
    private String loggedBy;

    protected Inquiry() {}

    /** Logs a new inquiry received {@code now}; refuses one without a question or with a deadline already passed. */
    public static Inquiry receive(
            String journalist,
            String outlet,
            InquiryChannel channel,
            String question,
            List<String> topicCodes,
            boolean political,
            boolean complex,
            Instant deadline,
            Instant now,
            String loggedBy) {
        if (question == null || question.isBlank()) {
            throw PortalException.invalidField("question", "press.inquiry.questionRequired");
        }
        if (deadline == null) {
            throw PortalException.invalidField("deadline", "press.inquiry.deadlineRequired");
        }
        if (!deadline.isAfter(now)) {
            throw PortalException.invalidField("deadline", "press.inquiry.deadlinePassed");
        }
        Inquiry inquiry = new Inquiry();
        inquiry.journalist = trim(journalist, 200);
        inquiry.outlet = trim(outlet, 200);
        inquiry.sortKeys = SortKeys.of(inquiry.outlet);
        inquiry.channel = channel == null ? InquiryChannel.PHONE : channel;
        inquiry.question = question.trim();
        inquiry.topicCodes = topicCodes == null || topicCodes.isEmpty() ? null : String.join(",", topicCodes);
        inquiry.political = political;
        inquiry.complex = complex;
        inquiry.deadline = deadline;
        inquiry.receivedAt = now;
        inquiry.loggedBy = loggedBy;
        return inquiry;
    }

    /** For demo and imported history: an inquiry received at a given time in the past. */
    public static Inquiry receivedEarlier(
            String journalist,
            String outlet,
            InquiryChannel channel,
            String question,
            List<String> topicCodes,
            Instant receivedAt,
            Instant deadline) {
        Inquiry inquiry =
                receive(journalist, outlet, channel, question, topicCodes, false, false, deadline, receivedAt, null);
        return inquiry;
    }

    /** The topics the inquiry was routed by (picked by the press officer or recognised in the question). */
    public void tag(List<String> codes) {
        this.topicCodes = codes == null || codes.isEmpty() ? null : trim(String.join(",", codes), 1000);
    }

    /** Records whom routing proposed first and why, in words, so the log shows it later. */
    public void noteRouting(Spokesperson first, String note) {
        this.proposed = first;
        this.routingNote = trim(note, 2000);
    }

    public void assign(Spokesperson spokesperson) {
        requireOpen();
        if (spokesperson == null) {
            throw PortalException.invalidField("assignee", "press.inquiry.assigneeRequired");
        }
        this.assignee = spokesperson;
        this.status = InquiryStatus.ASSIGNED;
        this.remindedAt = null;
    }

    public void answer(Instant at) {
        requireOpen();
        if (at.isBefore(receivedAt)) {
            throw PortalException.invalidField("answeredAt", "press.inquiry.answerBeforeReceived");
        }
        this.status = InquiryStatus.ANSWERED;
        this.answeredAt = at;
    }

    public void decline() {
        requireOpen();
        this.status = InquiryStatus.DECLINED;
    }

    /** Closes an inquiry that is answered or declined, or one that lapsed without an answer. */
    public void close() {
        if (status == InquiryStatus.CLOSED) {
            throw PortalException.conflict("press.inquiry.alreadyClosed");
        }
        this.status = InquiryStatus.CLOSED;
    }

    public void remindedAt(Instant at) {
        this.remindedAt = at;
    }

    /** Erases who asked and what; keeps the timing and status so the figures still add up. */
    public void anonymise(Instant at) {
        if (anonymisedAt != null) {
            return;
        }
        journalist = ERASED;
        outlet = ERASED;
        sortKeys = SortKeys.of(ERASED);
        question = ERASED;
        routingNote = null;
        anonymisedAt = at;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw PortalException.conflict("press.inquiry.notOpen", status.name());
        }
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && !deadline.isAfter(now);
    }

    /** Open and due within the warning window: highlighted on the board and its assignee reminded. */
    public boolean isNearDeadline(Instant now, Duration window) {
        return status.isOpen() && deadline.isAfter(now) && !deadline.isAfter(now.plus(window));
    }

    public List<String> topicCodeList() {
        return topicCodes == null
                ? List.of()
                : Arrays.stream(topicCodes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    public String getJournalist() {
        return journalist;
    }

    public String getOutlet() {
        return outlet;
    }

    public InquiryChannel getChannel() {
        return channel;
    }

    public String getQuestion() {
        return question;
    }

    public String getTopicCodes() {
        return topicCodes;
    }

    public boolean isPolitical() {
        return political;
    }

    public boolean isComplex() {
        return complex;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Spokesperson getAssignee() {
        return assignee;
    }

    public Spokesperson getProposed() {
        return proposed;
    }

    public String getRoutingNote() {
        return routingNote;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public String getLoggedBy() {
        return loggedBy;
    }
}

package se.ambassadorsportalen.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One channel's figures for one 28-day period and the period's plan-do-check-act note (what we
 * learned, what we change). Figures are entered on the form or imported; an import sets only the
 * figures its file carries and never touches the note.
 */
@Entity
@Table(name = "fup_channel_period")
public class ChannelPeriod extends VersionedEntity {

    /** Where the figures came from. */
    public enum Source {
        FORM,
        IMPORT,
        DEMO
    }

    public static final int NOTE_MAX = 2000;

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    private Integer followers;

    @Column(name = "new_followers")
    private Integer newFollowers;

    @Column(name = "rate_percent")
    private Double ratePercent;

    private Integer posts;

    @Column(length = NOTE_MAX)
    private String learned;

    @Column(name = "change_next", length = NOTE_MAX)
    private String changeNext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelPeriod() {}

    public ChannelPeriod(String channelCode, LocalDate periodStart) {
        this.channelCode = channelCode;
        this.periodStart = periodStart;
    }

    /** The form's figures: every figure replaced (an emptied field is no figure). */
    public void enter(
            Integer followers,
            Integer newFollowers,
            Double ratePercent,
            Integer posts,
            Source source,
            String by,
            Instant at) {
        check("followers", followers);
        check("newFollowers", newFollowers);
        check("posts", posts);
        if (ratePercent != null && (ratePercent.isNaN() || ratePercent < 0 || ratePercent > 100)) {
            throw PortalException.invalidField("ratePercent", "followup.figure.percent");
        }
        this.followers = followers;
        this.newFollowers = newFollowers;
        this.ratePercent = ratePercent;
        this.posts = posts;
        touched(source, by, at);
    }

    /** An import's figures: only those the file carries replace what is there. */
    public void merge(
            Integer followers, Integer newFollowers, Double ratePercent, Integer posts, String by, Instant at) {
        enter(
                followers != null ? followers : this.followers,
                newFollowers != null ? newFollowers : this.newFollowers,
                ratePercent != null ? ratePercent : this.ratePercent,
                posts != null ? posts : this.posts,
                Source.IMPORT,
                by,
                at);
    }

    public void note(String learned, String changeNext, String by, Instant at) {
        this.learned = text("learned", learned);
        this.changeNext = text("changeNext", changeNext);
        touched(source == null ? Source.FORM : source, by, at);
    }

    public boolean hasFigures() {
        return followers != null || newFollowers != null || ratePercent != null || posts != null;
    }

    private void touched(Source newSource, String by, Instant at) {
        this.source = newSource;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static void check(String field, Integer value) {
        if (value != null && value < 0) {
            throw PortalException.invalidField(field, "followup.figure.negative");
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > NOTE_MAX) {
            throw PortalException.invalidField(field, "followup.note.tooLong", NOTE_MAX);
        }
        return value.strip();
    }

    public String getChannelCode() {
        return channelCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public Integer getFollowers() {
        return followers;
    }

    public Integer getNewFollowers() {
        return newFollowers;
    }

    public Double getRatePercent() {
        return ratePercent;
    }

    public Integer getPosts() {
        return posts;
    }

    public String getLearned() {
        return learned;
    }

    public String getChangeNext() {
        return changeNext;
    }

    public Source getSource() {
        return source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

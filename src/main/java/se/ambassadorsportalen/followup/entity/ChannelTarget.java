package se.ambassadorsportalen.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A channel's follow-up targets (new followers a month, the activity or interaction rate, posts a
 * week) and the channel owner's address for the reminder when a period closes without figures.
 * Data the communicators edit, since the next strategy brings new numbers; a target left empty is
 * not followed up.
 */
@Entity
@Table(name = "fup_channel_target")
public class ChannelTarget extends VersionedEntity {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s]{2,}");

    @Column(name = "channel_code", nullable = false, unique = true, length = 40)
    private String channelCode;

    @Column(name = "owner_email", length = 254)
    private String ownerEmail;

    @Column(name = "new_followers_per_month")
    private Integer newFollowersPerMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_kind", nullable = false, length = 20)
    private RateKind rateKind = RateKind.ACTIVITY;

    @Column(name = "rate_percent")
    private Double ratePercent;

    @Column(name = "posts_per_week")
    private Integer postsPerWeek;

    protected ChannelTarget() {}

    public ChannelTarget(String channelCode) {
        this.channelCode = channelCode;
    }

    /** Sets every target at once, after checking each: none negative, a rate within 0–100 %, a plausible address. */
    public void change(
            String ownerEmail,
            Integer newFollowersPerMonth,
            RateKind rateKind,
            Double ratePercent,
            Integer postsPerWeek) {
        String email = ownerEmail == null || ownerEmail.isBlank() ? null : ownerEmail.trim();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw PortalException.invalidField("ownerEmail", "followup.target.email");
        }
        if (newFollowersPerMonth != null && newFollowersPerMonth < 0) {
            throw PortalException.invalidField("newFollowersPerMonth", "followup.figure.negative");
        }
        if (postsPerWeek != null && postsPerWeek < 0) {
            throw PortalException.invalidField("postsPerWeek", "followup.figure.negative");
        }
        if (ratePercent != null && (ratePercent.isNaN() || ratePercent < 0 || ratePercent > 100)) {
            throw PortalException.invalidField("ratePercent", "followup.figure.percent");
        }
        this.ownerEmail = email;
        this.newFollowersPerMonth = newFollowersPerMonth;
        this.rateKind = rateKind == null ? RateKind.ACTIVITY : rateKind;
        this.ratePercent = ratePercent;
        this.postsPerWeek = postsPerWeek;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public Integer getNewFollowersPerMonth() {
        return newFollowersPerMonth;
    }

    public RateKind getRateKind() {
        return rateKind;
    }

    public Double getRatePercent() {
        return ratePercent;
    }

    public Integer getPostsPerWeek() {
        return postsPerWeek;
    }
}

package se.ambassadorsportalen.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One post's figures in a period, from the channel's post export. The link joins it to the
 * publishing calendar, which knows the post's material type; the best posts are those with the most
 * interactions.
 */
@Entity
@Table(name = "fup_post_figure")
public class PostFigure extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ChannelPeriod period;

    @Column(name = "post_link", nullable = false, length = 1000)
    private String link;

    @Column(length = 300)
    private String title;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(nullable = false)
    private int impressions;

    @Column(nullable = false)
    private int interactions;

    protected PostFigure() {}

    public PostFigure(
            ChannelPeriod period, String link, String title, LocalDate publishedOn, int impressions, int interactions) {
        this.period = period;
        this.link = link;
        this.title = title;
        this.publishedOn = publishedOn;
        this.impressions = impressions;
        this.interactions = interactions;
    }

    /** Interactions per impression in percent; null without impressions. */
    public Double ratePercent() {
        return impressions == 0 ? null : Math.round(interactions * 10000.0 / impressions) / 100.0;
    }

    public ChannelPeriod getPeriod() {
        return period;
    }

    public String getLink() {
        return link;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public int getImpressions() {
        return impressions;
    }

    public int getInteractions() {
        return interactions;
    }
}

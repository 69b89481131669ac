package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.recommendation.control.Proportion;

/**
 * A target-group survey's result for one goal-1 association or goal-2 question: the share and how
 * many answered, never who. Kept even when too few answered, but then never shown on its own.
 */
@Entity
@Table(name = "rec_brand_measurement")
public class BrandMeasurement extends VersionedEntity {

    @Embedded
    private BrandSubject about;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false)
    private double share;

    @Column(nullable = false)
    private int respondents;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected BrandMeasurement() {}

    public BrandMeasurement(
            BrandSubject about,
            LocalDate measuredOn,
            double share,
            int respondents,
            String fileName,
            String importedBy,
            Instant importedAt) {
        this.about = about;
        this.measuredOn = measuredOn;
        this.share = share;
        this.respondents = respondents;
        this.fileName = fileName;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** The share as answers and yes-answers, for the same Wilson interval as the recommendation rate. */
    public Proportion proportion() {
        return new Proportion(respondents, Math.round(share * respondents));
    }

    public BrandSubject getAbout() {
        return about;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public double getShare() {
        return share;
    }

    public int getRespondents() {
        return respondents;
    }
}

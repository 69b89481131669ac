package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * A file imported into a round. Its SHA-256 is unique, so the same export uploaded twice is
 * refused instead of counting everyone twice; it names no person but the HR user who imported it.
 */
@Entity
@Table(name = "rec_survey_import")
public class SurveyImport extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private SurveyRound round;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "row_count", nullable = false)
    private long rows;

    @Column(name = "answer_count", nullable = false)
    private long answers;

    @Column(name = "recommender_count", nullable = false)
    private long recommenders;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    protected SurveyImport() {}

    public SurveyImport(
            SurveyRound round,
            String fileName,
            String sha256,
            long rows,
            long answers,
            long recommenders,
            String importedBy) {
        this.round = round;
        this.fileName = fileName == null || fileName.isBlank()
                ? "upload.csv"
                : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.sha256 = sha256;
        this.rows = rows;
        this.answers = answers;
        this.recommenders = recommenders;
        this.importedBy = importedBy;
        this.importedAt = PortalTime.moment();
    }

    public SurveyRound getRound() {
        return round;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getRows() {
        return rows;
    }

    public long getAnswers() {
        return answers;
    }

    public long getRecommenders() {
        return recommenders;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}

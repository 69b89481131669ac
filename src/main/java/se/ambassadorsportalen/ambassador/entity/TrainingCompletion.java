package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** That an ambassador finished a training module, and when. One per ambassador and module. */
@Entity
@Table(name = "training_completion")
public class TrainingCompletion extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ambassador_id")
    private Ambassador ambassador;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private TrainingModule module;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected TrainingCompletion() {}

    public TrainingCompletion(Ambassador ambassador, TrainingModule module, Instant completedAt) {
        this.ambassador = ambassador;
        this.module = module;
        this.completedAt = completedAt;
    }

    public Ambassador getAmbassador() {
        return ambassador;
    }

    public TrainingModule getModule() {
        return module;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}

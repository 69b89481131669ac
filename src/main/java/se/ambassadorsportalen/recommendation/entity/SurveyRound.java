package se.ambassadorsportalen.recommendation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.recommendation.control.AnswerScale;

/**
 * One survey round (e.g. the yearly employee survey): its name, date, answer scale and which
 * answers count as "would recommend us". The round refuses a threshold outside its scale, so every
 * stored count means the same thing.
 */
@Entity
@Table(name = "rec_survey_round")
public class SurveyRound extends VersionedEntity {

    @NotBlank(message = "{recommendation.round.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{recommendation.round.heldOn.required}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnswerScale scale;

    @Column(name = "recommends_from", nullable = false)
    private int recommendsFrom;

    protected SurveyRound() {}

    public static SurveyRound of(String name, LocalDate heldOn, AnswerScale scale, Integer recommendsFrom) {
        if (name == null || name.isBlank()) {
            throw PortalException.invalidField("name", "recommendation.round.name.required");
        }
        if (heldOn == null) {
            throw PortalException.invalidField("heldOn", "recommendation.round.heldOn.required");
        }
        if (scale == null) {
            throw PortalException.invalidField("scale", "recommendation.round.scale.required");
        }
        int from = recommendsFrom == null ? scale.defaultRecommendsFrom() : recommendsFrom;
        if (from <= scale.min() || from > scale.max()) {
            throw PortalException.invalidField(
                    "recommendsFrom", "recommendation.round.recommendsFrom.outside", scale.min() + 1, scale.max());
        }
        SurveyRound round = new SurveyRound();
        round.name = name.trim();
        round.heldOn = heldOn;
        round.scale = scale;
        round.recommendsFrom = from;
        return round;
    }

    public boolean recommends(int answer) {
        return answer >= recommendsFrom;
    }

    public String getName() {
        return name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public AnswerScale getScale() {
        return scale;
    }

    public int getRecommendsFrom() {
        return recommendsFrom;
    }
}

package se.ambassadorsportalen.recommendation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.web.Language;
import se.ambassadorsportalen.recommendation.boundary.ProgrammeEffect;
import se.ambassadorsportalen.recommendation.boundary.RecommendationGoals;
import se.ambassadorsportalen.recommendation.boundary.RecommendationRates;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * The dashboard's figures, computed at most once per request and forgotten with it. The dashboard
 * view keeps only what the user chose (round, goal, grouping): held in the view, the figures of every
 * unit stayed in memory for each of the up to twenty views a session keeps, which in a 300-user load
 * run made the recommendation figures and their entities the largest part of the heap.
 */
@RequestScoped
public class DashboardFigures {

    @Inject
    RecommendationRates rates;

    @Inject
    ProgrammeEffect programmeEffect;

    @Inject
    SurveyRounds surveyRounds;

    @Inject
    RecommendationGoals goals;

    /** The reader's language: the units' tree lists each unit's children in its alphabet. */
    @Inject
    Language language;

    private final Map<List<Object>, Object> computed = new HashMap<>();

    public List<SurveyRound> rounds() {
        return once(List.of("rounds"), surveyRounds::rounds);
    }

    public List<RecommendationGoal> goals() {
        return once(List.of("goals"), goals::goals);
    }

    public RecommendationRates.RoundView roundView(long roundId) {
        return once(List.of("view", roundId), () -> rates.roundView(roundId, language.getLocale()));
    }

    public RecommendationRates.Trend trend(long goalId) {
        return once(List.of("trend", goalId), () -> rates.trend(goalId));
    }

    public List<RecommendationRates.GroupFigure> groups(long roundId, RecommendationRates.Grouping grouping) {
        return once(List.of("groups", roundId, grouping), () -> rates.groups(roundId, grouping));
    }

    public Optional<ProgrammeEffect.Effect> effect(long roundId) {
        return once(List.of("effect", roundId), () -> programmeEffect.forRound(roundId));
    }

    @SuppressWarnings("unchecked")
    private <T> T once(List<Object> key, Supplier<T> computation) {
        if (!computed.containsKey(key)) {
            computed.put(key, computation.get());
        }
        return (T) computed.get(key);
    }
}

package se.ambassadorsportalen.recommendation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.recommendation.boundary.RecommendationGoals;
import se.ambassadorsportalen.recommendation.boundary.RecommendationRates;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;

/** The home card: the organisation's latest rate against the latest goal. */
@Named("recHome")
@RequestScoped
public class RecommendationHomeBacking {

    @Inject
    RecommendationRates rates;

    @Inject
    RecommendationGoals goals;

    private RecommendationRates.TrendPoint latest;
    private boolean loaded;

    public RecommendationRates.TrendPoint getLatest() {
        if (!loaded) {
            loaded = true;
            List<RecommendationGoal> all = goals.goals();
            all.stream()
                    .filter(goal -> goal.getPopulation() == null)
                    .findFirst()
                    .ifPresent(goal -> latest = rates.latest(goal.getId()).orElse(null));
        }
        return latest;
    }
}

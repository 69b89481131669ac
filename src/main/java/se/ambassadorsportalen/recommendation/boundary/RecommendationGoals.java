package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;

/** HR's goals for the recommendation rate, kept as data: a new plan is a new row. */
@Stateless
public class RecommendationGoals {

    /** Shares in percent as HR writes them; no population means the whole organisation. */
    public record GoalDetails(
            String name,
            Double baselinePercent,
            Double targetPercent,
            LocalDate baselineDate,
            LocalDate deadline,
            Long populationUnitId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @RolesAllowed(Role.Names.HR)
    public RecommendationGoal create(@NotNull GoalDetails details) {
        if (details.baselinePercent() == null) {
            throw PortalException.invalidField("baseline", "recommendation.goal.percent");
        }
        if (details.targetPercent() == null) {
            throw PortalException.invalidField("target", "recommendation.goal.percent");
        }
        Unit population = null;
        if (details.populationUnitId() != null) {
            population = organisation.unit(details.populationUnitId());
            if (population.getKind() != UnitKind.ADMINISTRATION) {
                throw PortalException.invalidField("population", "recommendation.goal.population.administration");
            }
        }
        RecommendationGoal goal = RecommendationGoal.of(
                details.name(),
                details.baselinePercent(),
                details.targetPercent(),
                details.baselineDate(),
                details.deadline(),
                population);
        em.persist(goal);
        return goal;
    }

    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public List<RecommendationGoal> goals() {
        return em.createQuery(
                        "select g from RecommendationGoal g left join fetch g.population"
                                + " order by g.deadline desc, g.id desc",
                        RecommendationGoal.class)
                .getResultList();
    }

    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public RecommendationGoal goal(long id) {
        return Optional.ofNullable(em.find(RecommendationGoal.class, id))
                .orElseThrow(() -> PortalException.notFound("recommendation.goal.notFound", id));
    }
}

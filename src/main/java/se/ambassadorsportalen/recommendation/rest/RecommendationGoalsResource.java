package se.ambassadorsportalen.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.boundary.RecommendationGoals;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.rest.RecommendationRateResource.GoalJson;

/** HR's goals for the recommendation rate (baseline, target, deadline, population). */
@Path("recommendation-goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationGoalsResource {

    @Inject
    RecommendationGoals goals;

    @GET
    @RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
    @Operation(summary = "Every goal, latest deadline first; shares 0–1")
    public List<GoalJson> goals() {
        return goals.goals().stream().map(RecommendationGoalsResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    @Operation(
            summary = "Creates a goal: baseline and target in percent, baseline date, deadline and optionally"
                    + " the administration it is for (populationUnitId)")
    public Response create(RecommendationGoals.GoalDetails details) {
        if (details == null) {
            details = new RecommendationGoals.GoalDetails(null, null, null, null, null, null);
        }
        return Response.status(Response.Status.CREATED)
                .entity(json(goals.create(details)))
                .build();
    }

    static GoalJson json(RecommendationGoal goal) {
        return new GoalJson(
                goal.getId(),
                goal.getName(),
                goal.getBaseline(),
                goal.getTarget(),
                goal.getBaselineDate(),
                goal.getDeadline(),
                goal.getPopulation() == null ? null : goal.getPopulation().getName());
    }
}

package se.ambassadorsportalen.recommendation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.boundary.RecommendationRates;
import se.ambassadorsportalen.recommendation.control.UnitFigures.Figure;

/**
 * The recommendation rate for a round and unit, and the trend against a goal. A group under the
 * anonymity floor (or one whose figure would reveal such a group) comes back as
 * {@code "suppressed": true} with no numbers at all.
 */
@Path("recommendation-rate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.HR, Role.Names.MANAGER})
public class RecommendationRateResource {

    /** Shares 0–1; all numbers null when suppressed. */
    public record RateJson(
            Long unitId,
            String unitCode,
            String unitName,
            boolean suppressed,
            Long answers,
            Double rate,
            Double low,
            Double high,
            Double enps,
            Double responseRate) {
        static RateJson of(Figure figure) {
            boolean organisation = figure.isOrganisation();
            return new RateJson(
                    organisation ? null : figure.id(),
                    organisation ? null : figure.code(),
                    organisation ? null : figure.name(),
                    !figure.shown(),
                    figure.answers(),
                    figure.rate(),
                    figure.low(),
                    figure.high(),
                    figure.enps(),
                    figure.responseRate());
        }
    }

    public record PointJson(long roundId, String round, LocalDate heldOn, double expected, RateJson figure) {}

    public record GoalJson(
            long id,
            String name,
            double baseline,
            double target,
            LocalDate baselineDate,
            LocalDate deadline,
            String population) {}

    public record TrendJson(
            GoalJson goal,
            List<PointJson> rounds,
            Boolean onTrack,
            Boolean reached,
            Double paceNeededPerYear,
            double plannedPacePerYear) {}

    @Inject
    RecommendationRates rates;

    @Inject
    Organisation organisation;

    @GET
    @Operation(
            summary = "The rate, its 95 % Wilson interval and the number of answers for a round and unit"
                    + " (unit by id or code; the organisation without a unit), or a suppression marker")
    public RateJson rate(@QueryParam("round") Long round, @QueryParam("unit") String unit) {
        if (round == null) {
            throw PortalException.invalidField("round", "recommendation.round.required");
        }
        return RateJson.of(rates.rate(round, unitId(unit)));
    }

    /** A unit by id or by code ("HSF-MED3"); none for the organisation. */
    private Long unitId(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        if (unit.chars().allMatch(Character::isDigit)) {
            return Long.valueOf(unit);
        }
        return organisation
                .unitByCode(unit.trim())
                .map(found -> found.getId())
                .orElseThrow(() -> PortalException.notFound("organisation.unit.notFound", unit));
    }

    public record GroupJson(String group, boolean suppressed, Long answers, Double rate, Double low, Double high) {}

    @GET
    @Path("groups")
    @RolesAllowed(Role.Names.HR)
    @Operation(summary = "The organisation's rate in a round split by AGE_BAND or PROFESSION, with suppression markers")
    public List<GroupJson> groups(@QueryParam("round") Long round, @QueryParam("by") RecommendationRates.Grouping by) {
        if (round == null) {
            throw PortalException.invalidField("round", "recommendation.round.required");
        }
        return rates.groups(round, by == null ? RecommendationRates.Grouping.AGE_BAND : by).stream()
                .map(g -> new GroupJson(g.group(), !g.shown(), g.answers(), g.rate(), g.low(), g.high()))
                .toList();
    }

    @GET
    @Path("trend")
    @Operation(
            summary = "Every round with its rate for the goal's population, the goal's path and whether it is on track")
    public TrendJson trend(@QueryParam("goal") Long goal) {
        if (goal == null) {
            throw PortalException.invalidField("goal", "recommendation.goal.required");
        }
        RecommendationRates.Trend trend = rates.trend(goal);
        var g = trend.goal();
        return new TrendJson(
                new GoalJson(
                        g.getId(),
                        g.getName(),
                        g.getBaseline(),
                        g.getTarget(),
                        g.getBaselineDate(),
                        g.getDeadline(),
                        trend.populationName()),
                trend.points().stream()
                        .map(p -> new PointJson(
                                p.roundId(), p.roundName(), p.heldOn(), p.expected(), RateJson.of(p.figure())))
                        .toList(),
                trend.onTrack(),
                trend.reached(),
                trend.paceNeededPerYear(),
                trend.plannedPacePerYear());
    }
}

package se.ambassadorsportalen.recommendation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.integration.UnitParticipation;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.recommendation.control.Correlation;

/**
 * Units' recommendation rate beside their ambassador participation (active ambassadors per
 * headcount), so HR can see whether the programme moves the goal. Only units whose rate is shown
 * take part, so the anonymity rule of the dashboard holds here too. Empty when the ambassador
 * module is not deployed.
 */
@Stateless
@RolesAllowed(Role.Names.HR)
public class ProgrammeEffect {

    /** Units are listed in the alphabetical order of the organisation's language. */
    @jakarta.inject.Inject
    se.ambassadorsportalen.platform.i18n.OrganisationLanguage organisationLanguage;

    /** One unit: its shown rate, its ambassadors and headcount, and the share taking part. */
    public record UnitEffect(
            long unitId, String unitName, double rate, long ambassadors, long headcount, Double participation) {}

    /** The units and, when there are enough, the correlation between participation and rate. */
    public record Effect(List<UnitEffect> units, OptionalDouble correlation) {}

    @Inject
    RecommendationRates rates;

    @Inject
    Organisation organisation;

    @Inject
    Instance<UnitParticipation> participation;

    public Optional<Effect> forRound(long roundId) {
        if (participation.isUnsatisfied()) {
            return Optional.empty();
        }
        Map<Long, Long> ambassadors = participation.get().activeAmbassadorsByUnit();
        Map<Long, Double> shownRates = rates.ratesByUnit(roundId);
        // an administration's figure is the sum of its units, already in the list
        List<Organisation.UnitOutline> shownUnits = organisation.unitOutlines().stream()
                .filter(unit -> unit.kind() == UnitKind.UNIT && shownRates.containsKey(unit.id()))
                .toList();
        Map<Long, Long> staff = organisation.employeeCountsByUnitId(shownUnits.stream()
                .filter(unit -> unit.headcount() == null)
                .map(Organisation.UnitOutline::id)
                .toList());
        List<UnitEffect> units = new ArrayList<>();
        for (Organisation.UnitOutline unit : shownUnits) {
            long headcount = unit.headcount() != null ? unit.headcount() : staff.getOrDefault(unit.id(), 0L);
            long count = ambassadors.getOrDefault(unit.id(), 0L);
            units.add(new UnitEffect(
                    unit.id(),
                    unit.name(),
                    shownRates.get(unit.id()),
                    count,
                    headcount,
                    headcount > 0 ? (double) count / headcount : null));
        }
        units.sort(Comparator.comparing(
                UnitEffect::unitName,
                se.ambassadorsportalen.platform.i18n.Collation.of(organisationLanguage.locale())));
        List<UnitEffect> measurable =
                units.stream().filter(u -> u.participation() != null).toList();
        OptionalDouble correlation = Correlation.pearson(
                measurable.stream().map(UnitEffect::participation).toList(),
                measurable.stream().map(UnitEffect::rate).toList());
        return Optional.of(new Effect(units, correlation));
    }
}

package se.ambassadorsportalen.recommendation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.UnitKind;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.recommendation.control.SurveyGenerator;
import se.ambassadorsportalen.recommendation.entity.SurveyImport;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * The large profile's survey rounds (see {@link SurveyGenerator}): a million answers over five
 * half-yearly rounds after the small demo's three, over every unit of the region. Stored as counts
 * with the module's own multi-row inserts ({@link AnswerCountSql}), exactly as an import stores them.
 */
@ApplicationScoped
public class RecommendationLargeDemo implements DemoContent {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Override
    public String module() {
        return "recommendation-large";
    }

    @Override
    public int order() {
        return 51;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        List<SurveyGenerator.Unit> units = organisation.allUnits().stream()
                .filter(unit -> unit.getKind() == UnitKind.UNIT && unit.getHeadcount() != null && unit.getHeadcount() > 0)
                .map(unit -> new SurveyGenerator.Unit(unit.getId(), unit.getHeadcount())).toList();
        DemoVolume volume = DemoVolume.LARGE;
        int lastYear = LocalDate.now().minusMonths(3).getYear();
        for (SurveyGenerator.Round generated : SurveyGenerator.generate(units, volume.answers(), volume.rounds(),
                lastYear, 1_000_000L)) {
            SurveyRound round = SurveyRound.of(generated.name(), generated.heldOn(), generated.scale(), null);
            em.persist(round);
            SurveyImport imported = new SurveyImport(round, "demo-" + generated.heldOn() + ".csv",
                    SurveyRounds.sha256(("large demo " + generated.name()).getBytes(StandardCharsets.UTF_8)),
                    generated.answers(), generated.answers(), generated.recommenders(), "hanna");
            em.persist(imported);
            em.flush();
            AnswerCountSql.store(em, round.getId(), imported.getId(), generated.counts());
        }
    }
}

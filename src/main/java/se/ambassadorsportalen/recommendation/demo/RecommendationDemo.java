package se.ambassadorsportalen.recommendation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.recommendation.boundary.AnswerCountSql;
import se.ambassadorsportalen.recommendation.boundary.SurveyRounds;
import se.ambassadorsportalen.recommendation.boundary.UnitSums;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.AnswerScale;
import se.ambassadorsportalen.recommendation.entity.RecommendationGoal;
import se.ambassadorsportalen.recommendation.entity.SurveyImport;
import se.ambassadorsportalen.recommendation.entity.SurveyRound;

/**
 * A demo organisation's three yearly employee surveys whose rate rises towards its goal, with a few
 * units under the anonymity floor, and its goal. Region Fjällmark: 2021 and 2022 on a 1–5 scale,
 * 2023 on 0–10, from about 70 % towards 80 %, and goal 3 of the employer brand plan as the seed plan
 * sets it: 70 → 80 % by 2022-12-31 (the 2023 round comes after the deadline). Beskæftigelsesregion
 * Fjordland: its well-being surveys (trivselsmålinger) on 0–10, from about 68 % towards 78 %. Counts
 * are fixed, not random, so the demo is the same on every machine.
 */
@ApplicationScoped
public class RecommendationDemo implements DemoContent.FromRows<RecommendationDemo.Rows> {

    /**
     * An organisation's surveys: who imported them, the rounds (name, date held, scale, average rate),
     * its units (code, answers in each round in order, the unit's lean in percentage points from the
     * round's average) and its goal (name, rate from, rate to, start, deadline).
     */
    record Rows(String importer, Object[][] rounds, Object[][] units, Object[] goal) {

        static Rows of(DemoOrganisation organisation) {
            return organisation == DemoOrganisation.FJORDLAND ? FJORDLAND : FJALLMARK;
        }
    }

    static final Rows FJALLMARK = new Rows(
            "hanna",
            new Object[][] {
                {"Medarbetarundersökningen 2021", LocalDate.of(2021, 3, 15), AnswerScale.ONE_TO_FIVE, 0.71},
                {"Medarbetarundersökningen 2022", LocalDate.of(2022, 3, 15), AnswerScale.ONE_TO_FIVE, 0.74},
                {"Medarbetarundersökningen 2023", LocalDate.of(2023, 3, 15), AnswerScale.ZERO_TO_TEN, 0.775},
            },
            new Object[][] {
                {"RLF-KOM", 9, 10, 11, 6},
                {"RLF-HR", 14, 15, 15, 4},
                {"RLF-IT", 30, 32, 33, -3},
                {"HSF-AKUT", 70, 72, 78, -5},
                {"HSF-MED3", 35, 38, 40, 2},
                {"HSF-VCN", 22, 24, 25, 3},
                {"HSF-PSY", 18, 4, 19, -6},
                {"HSF-AMB", 44, 46, 48, 5},
                {"HSF-LAB", 26, 27, 28, 0},
                {"FTV-CEN", 16, 17, 18, 7},
                {"FTV-ABY", 9, 8, 4, 1},
                {"FTV-SPEC", 14, 15, 15, -2},
                {"KTF-PLAN", 11, 3, 12, -4},
                {"KTF-KUND", 18, 19, 20, -7},
                {"RUF-KUL", 15, 16, 16, 4}
            },
            new Object[] {
                "Mål 3: fler rekommenderar oss som arbetsgivare",
                70,
                80,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 12, 31)
            });

    static final Rows FJORDLAND = new Rows(
            "camilla",
            new Object[][] {
                {"Trivselsmåling 2022", LocalDate.of(2022, 4, 4), AnswerScale.ZERO_TO_TEN, 0.68},
                {"Trivselsmåling 2023", LocalDate.of(2023, 4, 3), AnswerScale.ZERO_TO_TEN, 0.72},
                {"Trivselsmåling 2024", LocalDate.of(2024, 4, 8), AnswerScale.ZERO_TO_TEN, 0.765},
            },
            new Object[][] {
                {"DIR-KOM", 6, 6, 6, 5},
                {"DIR-HR", 5, 5, 4, 3},
                {"DIR-IT", 8, 7, 8, -4},
                {"AMA-ANA", 12, 11, 12, 2},
                {"AMA-JOB", 13, 14, 14, -3},
                {"VIS-REK", 15, 16, 16, 4},
                {"VIS-VIRK", 9, 4, 10, -2},
                {"VIS-EURES", 6, 5, 6, 6}
            },
            new Object[] {
                "Flere medarbejdere anbefaler os som arbejdsplads",
                68,
                78,
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2024, 12, 31)
            });

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    UnitSums unitSums;

    @Override
    public String module() {
        return "recommendation";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Rows rows(DemoOrganisation organisation) {
        return Rows.of(organisation);
    }

    @Override
    public void loadRows(Rows rows) {
        for (int i = 0; i < rows.rounds().length; i++) {
            Object[] round = rows.rounds()[i];
            round(rows, (String) round[0], (LocalDate) round[1], (AnswerScale) round[2], i + 1, (Double) round[3]);
        }
        Object[] goal = rows.goal();
        em.persist(RecommendationGoal.of(
                (String) goal[0],
                (Integer) goal[1],
                (Integer) goal[2],
                (LocalDate) goal[3],
                (LocalDate) goal[4],
                null));
    }

    private void round(Rows rows, String name, LocalDate heldOn, AnswerScale scale, int column, double average) {
        SurveyRound round = SurveyRound.of(name, heldOn, scale, null);
        em.persist(round);
        Map<AnswerFile.Key, AnswerFile.Tally> counts = new HashMap<>();
        long answers = 0;
        long recommenders = 0;
        for (Object[] row : rows.units()) {
            Unit unit = organisation.unitByCode((String) row[0]).orElseThrow();
            int n = (Integer) row[column];
            double rate = Math.min(0.97, average + (Integer) row[4] / 100.0);
            int yes = (int) Math.round(n * rate);
            spread(counts, unit.getId(), scale, n, yes);
            answers += n;
            recommenders += yes;
        }
        SurveyImport imported = new SurveyImport(
                round,
                "demo-" + heldOn.getYear() + ".csv",
                SurveyRounds.sha256(("demo " + name).getBytes(StandardCharsets.UTF_8)),
                answers,
                answers,
                recommenders,
                rows.importer());
        em.persist(imported);
        em.flush();
        AnswerCountSql.store(em, round.getId(), imported.getId(), counts);
        unitSums.changed();
    }

    /** A unit's answers as one count: the recommenders at the top of the scale, a third of the rest low. */
    private static void spread(
            Map<AnswerFile.Key, AnswerFile.Tally> counts, long unitId, AnswerScale scale, int n, int yes) {
        int low = (n - yes) / 3;
        boolean enps = scale.hasEnps();
        counts.computeIfAbsent(new AnswerFile.Key(unitId, null, null), k -> new AnswerFile.Tally())
                .add(n, yes, enps ? yes : 0, enps ? low : 0, n);
    }
}

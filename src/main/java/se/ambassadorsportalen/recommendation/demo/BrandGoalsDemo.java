package se.ambassadorsportalen.recommendation.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.entity.BrandGoal;
import se.ambassadorsportalen.recommendation.entity.BrandMeasurement;
import se.ambassadorsportalen.recommendation.entity.BrandSubject;

/**
 * Goals 1 and 2 of the seed employer-brand plan (baseline spring 2021, deadline 2022-12-31) for the
 * four target groups, with three target-group surveys: the 2021 baseline, autumn 2022 near the
 * deadline and a newer round in autumn 2024, so the goals page shows lines reached, missed and,
 * for the stakeholders' newest round (four answers), too few to show. Fixed numbers.
 */
@ApplicationScoped
public class BrandGoalsDemo implements DemoContent {

    private static final LocalDate BASELINE = LocalDate.of(2021, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2022, 12, 31);
    private static final LocalDate AUTUMN_2022 = LocalDate.of(2022, 11, 15);
    private static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 10, 1);

    private static final String[] GROUPS = {"INTERNAL", "POTENTIAL_EMPLOYEES", "STUDENTS", "STAKEHOLDERS"};
    private static final int[] RESPONDENTS = {420, 260, 180, 64};
    private static final String[] ASSOCIATIONS = {"MAKE_A_DIFFERENCE", "CLOSE", "DEVELOPING"};
    private static final String[] QUESTIONS = {"KNOW_US", "KNOW_OFFER", "KNOW_DIFFERENCE"};

    /** Goal 1 baselines in percent per group × association; the target is ten points more. */
    private static final int[][] ATTITUDE = {{68, 55, 49}, {52, 41, 38}, {47, 44, 51}, {58, 36, 33}};
    /** Goal 2 baselines per group × question; the target is fifteen points more. */
    private static final int[][] KNOWLEDGE = {{97, 71, 43}, {81, 38, 22}, {64, 35, 18}, {92, 48, 27}};

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return "brand-goals";
    }

    @Override
    public int order() {
        return 52;
    }

    @Override
    public void load() {
        Instant at = PortalTime.moment().truncatedTo(ChronoUnit.SECONDS);
        for (int g = 0; g < GROUPS.length; g++) {
            for (int s = 0; s < 3; s++) {
                line(BrandGoal.ATTITUDE, g, ASSOCIATIONS[s], ATTITUDE[g][s], 10, (g + s) % 3, at);
                line(
                        BrandGoal.KNOWLEDGE,
                        g,
                        QUESTIONS[s],
                        KNOWLEDGE[g][s],
                        Math.min(15, 100 - KNOWLEDGE[g][s]),
                        (g + 2 * s) % 3,
                        at);
            }
        }
    }

    /** A goal line and its three measurements; {@code pace} 0 falls behind, 1 gets close, 2 reaches the target. */
    private void line(int goal, int group, String subject, int baseline, int rise, int pace, Instant at) {
        em.persist(BrandGoal.of(goal, GROUPS[group], subject, baseline, BASELINE, baseline + rise, DEADLINE));
        double step = rise * (pace == 0 ? 0.3 : pace == 1 ? 0.7 : 1.05);
        measurement(goal, group, subject, BASELINE, baseline, RESPONDENTS[group], at);
        measurement(goal, group, subject, AUTUMN_2022, Math.min(100, baseline + step), RESPONDENTS[group], at);
        int newest = group == 3 && subject.startsWith("KNOW_D") ? 4 : RESPONDENTS[group] + 40;
        measurement(goal, group, subject, AUTUMN_2024, Math.min(100, baseline + step + 2), newest, at);
    }

    private void measurement(
            int goal, int group, String subject, LocalDate on, double percent, int respondents, Instant at) {
        em.persist(new BrandMeasurement(
                new BrandSubject(goal, GROUPS[group], subject),
                on,
                Math.round(percent * 10) / 1000.0,
                respondents,
                "demo-malgruppsundersokning-" + on.getYear() + ".csv",
                "hanna",
                at));
    }
}

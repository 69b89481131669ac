package se.ambassadorsportalen.followup.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.ambassadorsportalen.followup.control.Cycle;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.followup.entity.ChannelTarget;
import se.ambassadorsportalen.followup.entity.PostFigure;
import se.ambassadorsportalen.followup.entity.RateKind;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The digital strategy's targets on the demo channels (LinkedIn: 150 new followers a month, a 5 %
 * activity rate, 5 posts a week; Facebook: at least 7 % interaction, 1-3 posts a weekday) and a year
 * of figures before the last closed period, so the trend and the month's report have a story:
 * LinkedIn grows from about 5,200 towards the strategy's 6,700 followers and meets its target in
 * some months but not all; Instagram's last period has no figures yet, which the reminder is for.
 * Fixed numbers, the same on every machine, relative to the day the demo loads.
 */
@ApplicationScoped
public class FollowupDemo implements DemoContent {

    /** New LinkedIn followers and activity rate per period, oldest first (12 periods). */
    private static final int[] LINKEDIN_NEW = {118, 126, 131, 109, 142, 155, 161, 138, 149, 167, 152, 171};

    private static final double[] LINKEDIN_RATE = {4.1, 4.4, 4.6, 3.9, 4.8, 5.2, 5.4, 4.7, 4.9, 5.6, 5.1, 5.3};
    private static final int[] LINKEDIN_POSTS = {16, 18, 19, 14, 20, 21, 22, 18, 19, 22, 20, 21};
    private static final double[] FACEBOOK_RATE = {6.2, 6.8, 7.4, 5.9, 7.1, 7.8, 8.2, 6.6, 6.9, 7.5, 7.2, 6.8};
    private static final int[] FACEBOOK_NEW = {210, 190, 240, 170, 220, 260, 280, 200, 215, 250, 230, 205};

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return "followup";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        target("LINKEDIN", "klara@fjallmark.example", 150, RateKind.ACTIVITY, 5.0, 5);
        target("FACEBOOK", "klara@fjallmark.example", null, RateKind.INTERACTION, 7.0, 10);
        target("INSTAGRAM", "klara@fjallmark.example", null, RateKind.INTERACTION, null, 7);
        Cycle cycle = Cycle.STANDARD;
        List<Cycle.Period> periods = cycle.upTo(cycle.lastClosed(PortalTime.today()), LINKEDIN_NEW.length);
        LocalDateTime at = PortalTime.now().withNano(0);
        int linkedinFollowers = 5200;
        int facebookFollowers = 15800;
        for (int i = 0; i < periods.size(); i++) {
            LocalDate start = periods.get(i).start();
            linkedinFollowers += LINKEDIN_NEW[i] - 20; // some unfollow: the net growth is smaller than the new
            facebookFollowers += FACEBOOK_NEW[i] - 90;
            ChannelPeriod linkedin = period(
                    "LINKEDIN", start, linkedinFollowers, LINKEDIN_NEW[i], LINKEDIN_RATE[i], LINKEDIN_POSTS[i], at);
            period("FACEBOOK", start, facebookFollowers, FACEBOOK_NEW[i], FACEBOOK_RATE[i], 38 + i % 5 * 2, at);
            if (i < periods.size() - 1) {
                period("INSTAGRAM", start, 11000 + i * 50, 80 + i * 3, 9.5 + i % 3, 30 + i % 4, at);
            }
            if (i == periods.size() - 1) {
                linkedin.note(
                        "Personporträtt och tips till studenter gav flest interaktioner; platsannonser minst.",
                        "Vi ersätter en platsannons i veckan med ett kort porträtt från ett bristyrke.",
                        "klara",
                        at);
                em.persist(new PostFigure(
                        linkedin,
                        "https://www.linkedin.com/posts/demo-aisha",
                        "Aisha: därför valde jag regionen",
                        start.plusDays(3),
                        9800,
                        812));
                em.persist(new PostFigure(
                        linkedin,
                        "https://www.linkedin.com/posts/demo-forskning",
                        "Forskning i vardagen på Laboratoriemedicin",
                        start.plusDays(10),
                        7400,
                        455));
                em.persist(new PostFigure(
                        linkedin,
                        "https://www.linkedin.com/posts/demo-jobb",
                        "Vi söker sjuksköterskor till Medicinavdelning 3",
                        start.plusDays(17),
                        6100,
                        122));
            }
        }
    }

    private void target(
            String channel, String owner, Integer newFollowers, RateKind kind, Double rate, Integer postsPerWeek) {
        ChannelTarget target = new ChannelTarget(channel);
        target.change(owner, newFollowers, kind, rate, postsPerWeek);
        em.persist(target);
    }

    private ChannelPeriod period(
            String channel,
            LocalDate start,
            int followers,
            int newFollowers,
            double rate,
            int posts,
            LocalDateTime at) {
        ChannelPeriod period = new ChannelPeriod(channel, start);
        period.enter(followers, newFollowers, rate, posts, ChannelPeriod.Source.DEMO, "klara", at);
        em.persist(period);
        return period;
    }
}

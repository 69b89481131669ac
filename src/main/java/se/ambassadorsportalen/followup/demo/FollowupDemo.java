package se.ambassadorsportalen.followup.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.ambassadorsportalen.followup.control.Cycle;
import se.ambassadorsportalen.followup.entity.ChannelPeriod;
import se.ambassadorsportalen.followup.entity.ChannelTarget;
import se.ambassadorsportalen.followup.entity.PostFigure;
import se.ambassadorsportalen.followup.entity.RateKind;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * A demo organisation's targets on its channels and a year of figures before the last closed
 * period, so the trend and the month's report have a story. Region Fjällmark follows its digital
 * strategy (LinkedIn: 150 new followers a month, a 5 % activity rate, 5 posts a week; Facebook: at
 * least 7 % interaction, 1-3 posts a weekday): LinkedIn grows from about 5,200 towards the strategy's
 * 6,700 followers and meets its target in some months but not all. Beskæftigelsesregion Fjordland's
 * smaller channels follow its own targets. In both, Instagram's last period has no figures yet,
 * which the reminder is for. Fixed numbers, the same on every machine, relative to the day the demo
 * loads.
 */
@ApplicationScoped
public class FollowupDemo implements DemoContent.FromRows<FollowupDemo.Rows> {

    /**
     * An organisation's follow-up: who enters the figures, the targets (channel, new followers a
     * month or empty, rate kind, rate or empty, posts a week), the followers before the first period
     * on LinkedIn, Facebook and Instagram, the unfollows each period on LinkedIn and Facebook (the net
     * growth is smaller than the new followers), twelve periods of figures oldest first, the lesson of the
     * last LinkedIn period (learned, change next) and its best posts (link, title, day of the period,
     * impressions, interactions).
     */
    record Rows(
            String author,
            String owner,
            String[][] targets,
            int[] followersBefore,
            int[] unfollowsPerPeriod,
            int[] linkedinNew,
            double[] linkedinRate,
            int[] linkedinPosts,
            double[] facebookRate,
            int[] facebookNew,
            String[] lesson,
            String[][] bestPosts) {

        static Rows of(DemoOrganisation organisation) {
            return organisation == DemoOrganisation.FJORDLAND ? FJORDLAND : FJALLMARK;
        }
    }

    static final Rows FJALLMARK = new Rows(
            "klara",
            "klara@fjallmark.example",
            new String[][] {
                {"LINKEDIN", "150", "ACTIVITY", "5.0", "5"},
                {"FACEBOOK", "", "INTERACTION", "7.0", "10"},
                {"INSTAGRAM", "", "INTERACTION", "", "7"},
            },
            new int[] {5200, 15800, 11000},
            new int[] {20, 90},
            new int[] {118, 126, 131, 109, 142, 155, 161, 138, 149, 167, 152, 171},
            new double[] {4.1, 4.4, 4.6, 3.9, 4.8, 5.2, 5.4, 4.7, 4.9, 5.6, 5.1, 5.3},
            new int[] {16, 18, 19, 14, 20, 21, 22, 18, 19, 22, 20, 21},
            new double[] {6.2, 6.8, 7.4, 5.9, 7.1, 7.8, 8.2, 6.6, 6.9, 7.5, 7.2, 6.8},
            new int[] {210, 190, 240, 170, 220, 260, 280, 200, 215, 250, 230, 205},
            new String[] {
                "Personporträtt och tips till studenter gav flest interaktioner; platsannonser minst.",
                "Vi ersätter en platsannons i veckan med ett kort porträtt från ett bristyrke."
            },
            new String[][] {
                {"https://www.linkedin.com/posts/demo-aisha", "Aisha: därför valde jag regionen", "3", "9800", "812"},
                {
                    "https://www.linkedin.com/posts/demo-forskning",
                    "Forskning i vardagen på Laboratoriemedicin",
                    "10",
                    "7400",
                    "455"
                },
                {
                    "https://www.linkedin.com/posts/demo-jobb",
                    "Vi söker sjuksköterskor till Medicinavdelning 3",
                    "17",
                    "6100",
                    "122"
                },
            });

    static final Rows FJORDLAND = new Rows(
            "anne",
            "anne@fjordland.example",
            new String[][] {
                {"LINKEDIN", "100", "ACTIVITY", "5.0", "3"},
                {"FACEBOOK", "", "INTERACTION", "7.0", "8"},
                {"INSTAGRAM", "", "INTERACTION", "", "7"},
            },
            new int[] {4100, 3500, 1800},
            new int[] {12, 25},
            new int[] {74, 81, 95, 68, 102, 110, 97, 88, 105, 118, 99, 121},
            new double[] {4.3, 4.5, 5.1, 3.8, 5.0, 5.4, 4.9, 4.6, 5.2, 5.8, 4.8, 5.5},
            new int[] {11, 12, 13, 9, 12, 14, 13, 11, 12, 14, 12, 13},
            new double[] {6.5, 7.1, 7.6, 6.0, 7.3, 8.0, 7.7, 6.4, 7.0, 7.9, 7.4, 7.1},
            new int[] {64, 58, 77, 49, 70, 85, 92, 61, 66, 80, 72, 69},
            new String[] {
                "Medarbejderportrætter og tal om mangel på arbejdskraft gav flest interaktioner; stillingsopslag færrest.",
                "Vi bytter et stillingsopslag om ugen ud med et kort portræt af en rekrutteringskonsulent."
            },
            new String[][] {
                {
                    "https://www.linkedin.com/posts/demo-mette",
                    "Mette: sådan matcher vi virksomheder og ledige",
                    "2",
                    "6200",
                    "534"
                },
                {
                    "https://www.linkedin.com/posts/demo-analyse",
                    "Ny analyse: her mangler jobcentrene kandidater",
                    "9",
                    "4800",
                    "301"
                },
                {
                    "https://www.linkedin.com/posts/demo-stilling",
                    "Vi søger en analytiker til Analyse og overvågning",
                    "16",
                    "3900",
                    "88"
                },
            });

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
    public Rows rows(DemoOrganisation organisation) {
        return Rows.of(organisation);
    }

    @Override
    public void loadRows(Rows rows) {
        for (String[] target : rows.targets()) {
            ChannelTarget channelTarget = new ChannelTarget(target[0]);
            channelTarget.change(
                    rows.owner(),
                    target[1].isEmpty() ? null : Integer.valueOf(target[1]),
                    RateKind.valueOf(target[2]),
                    target[3].isEmpty() ? null : Double.valueOf(target[3]),
                    Integer.valueOf(target[4]));
            em.persist(channelTarget);
        }
        Cycle cycle = Cycle.STANDARD;
        List<Cycle.Period> periods = cycle.upTo(cycle.lastClosed(PortalTime.today()), rows.linkedinNew().length);
        Instant at = PortalTime.moment().truncatedTo(ChronoUnit.SECONDS);
        int linkedinFollowers = rows.followersBefore()[0];
        int facebookFollowers = rows.followersBefore()[1];
        for (int i = 0; i < periods.size(); i++) {
            LocalDate start = periods.get(i).start();
            linkedinFollowers += rows.linkedinNew()[i] - rows.unfollowsPerPeriod()[0];
            facebookFollowers += rows.facebookNew()[i] - rows.unfollowsPerPeriod()[1];
            ChannelPeriod linkedin = period(
                    rows,
                    "LINKEDIN",
                    start,
                    linkedinFollowers,
                    rows.linkedinNew()[i],
                    rows.linkedinRate()[i],
                    rows.linkedinPosts()[i],
                    at);
            period(
                    rows,
                    "FACEBOOK",
                    start,
                    facebookFollowers,
                    rows.facebookNew()[i],
                    rows.facebookRate()[i],
                    38 + i % 5 * 2,
                    at);
            if (i < periods.size() - 1) {
                period(
                        rows,
                        "INSTAGRAM",
                        start,
                        rows.followersBefore()[2] + i * 50,
                        80 + i * 3,
                        9.5 + i % 3,
                        30 + i % 4,
                        at);
            } else {
                linkedin.note(rows.lesson()[0], rows.lesson()[1], rows.author(), at);
                for (String[] post : rows.bestPosts()) {
                    em.persist(new PostFigure(
                            linkedin,
                            post[0],
                            post[1],
                            start.plusDays(Integer.parseInt(post[2])),
                            Integer.parseInt(post[3]),
                            Integer.parseInt(post[4])));
                }
            }
        }
    }

    private ChannelPeriod period(
            Rows rows,
            String channel,
            LocalDate start,
            int followers,
            int newFollowers,
            double rate,
            int posts,
            Instant at) {
        ChannelPeriod period = new ChannelPeriod(channel, start);
        period.enter(followers, newFollowers, rate, posts, ChannelPeriod.Source.DEMO, rows.author(), at);
        em.persist(period);
        return period;
    }
}

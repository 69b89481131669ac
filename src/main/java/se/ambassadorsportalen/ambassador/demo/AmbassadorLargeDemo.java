package se.ambassadorsportalen.ambassador.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import se.ambassadorsportalen.ambassador.control.AmbassadorGenerator;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.organisation.demo.OrganisationDemo;
import se.ambassadorsportalen.organisation.demo.OrganisationLargeDemo;
import se.ambassadorsportalen.platform.demo.BatchInsert;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.demo.DemoSize;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.demo.IdBlocks;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The large profile's ambassador programme: {@link DemoVolume#LARGE} ambassadors among the generated
 * employees (the small demo's people are left as they are), with channels and training completions of
 * the small demo's modules, written with JDBC batches into the programme's own tables.
 */
@ApplicationScoped
public class AmbassadorLargeDemo implements DemoContent {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    OrganisationLargeDemo organisation;

    @Inject
    OrganisationDemo organisationDemo;

    @Override
    public String module() {
        return "ambassador-large";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public DemoSize size() {
        return DemoSize.LARGE;
    }

    @Override
    public void load() {
        List<AmbassadorGenerator.Candidate> candidates = organisation.staff().stream()
                .map(member -> new AmbassadorGenerator.Candidate(member.personId(), member.profession()))
                .toList();
        List<Long> modules = em.createQuery("select m.id from TrainingModule m order by m.id", Long.class)
                .getResultList();
        long klara = organisationDemo.person("klara").getId();
        LocalDateTime now = PortalTime.local(PortalTime.moment()).withSecond(0).withNano(0);
        List<AmbassadorGenerator.Plan> plans =
                AmbassadorGenerator.generate(candidates, DemoVolume.LARGE.ambassadors(), modules.size(), now, 1_500L);
        try (Connection connection = dataSource.getConnection()) {
            write(connection, plans, modules, klara);
        } catch (SQLException e) {
            throw new IllegalStateException("The large demo's ambassadors could not be written", e);
        }
    }

    /**
     * Writes the ambassadors with their channels and completions of {@code modules} (ids in order),
     * decided by {@code decidedBy}; the plans' wall-clock times in the portal's zone become the
     * instants the columns keep.
     */
    public static void write(
            Connection connection, List<AmbassadorGenerator.Plan> plans, List<Long> modules, long decidedBy)
            throws SQLException {
        try (BatchInsert ambassadors = new BatchInsert(
                        connection,
                        "insert into ambassador (id, version, person_id, status,"
                                + " motivation, topics, languages, contact_ok, applied_at, decided_at, decided_by_id, left_at)"
                                + " values (?, 0, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)");
                BatchInsert channels = new BatchInsert(
                        connection,
                        "insert into ambassador_channel (ambassador_id, channel,"
                                + " handle, version) values (?, ?, ?, 0)",
                        ambassadors);
                BatchInsert completions = new BatchInsert(
                        connection,
                        "insert into training_completion (id, version,"
                                + " ambassador_id, module_id, completed_at) values (?, 0, ?, ?, ?)",
                        ambassadors)) {
            IdBlocks ids = new IdBlocks(connection);
            for (AmbassadorGenerator.Plan plan : plans) {
                long id = ids.next();
                ambassadors.row(
                        id,
                        plan.personId(),
                        plan.status().name(),
                        plan.motivation(),
                        plan.topics(),
                        plan.languages(),
                        BatchInsert.instant(plan.appliedAt()),
                        BatchInsert.instant(plan.decidedAt()),
                        plan.decidedAt() == null ? null : decidedBy,
                        BatchInsert.instant(plan.leftAt()));
                for (Channel channel : plan.channels()) {
                    channels.row(id, channel.name(), channel == Channel.FACEBOOK ? null : "ambassador" + id);
                }
                for (int m = 0; m < plan.completed(); m++) {
                    completions.row(
                            ids.next(),
                            id,
                            modules.get(m),
                            BatchInsert.instant(plan.decidedAt().plusDays(3L + m)));
                }
            }
        }
    }
}

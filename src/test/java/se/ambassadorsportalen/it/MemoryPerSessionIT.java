package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session's memory is bounded however many pages it opens: it keeps at most ten views, and a
 * view keeps only what its user chose, not the figures it showed. A 300-user load run held about
 * 1.4 MB per session with twenty views each, most of it recommendation figures and calendar
 * events kept in views.
 */
@ExtendWith(ArquillianExtension.class)
class MemoryPerSessionIT {

    private static final String DASHBOARD_BEAN =
            "se.ambassadorsportalen.recommendation.web.RecommendationDashboardBacking";
    private static final String UNIT_ROW = "se.ambassadorsportalen.recommendation.boundary.RecommendationRates$Row";
    private static final int VIEWS_KEPT = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("recommendation");
    }

    @ArquillianResource
    URL base;

    @Test
    void aSessionThatOpensFortyDashboardsKeepsTenViewsAndNoUnitFigures() throws Exception {
        WebSession hanna = WebSession.signIn(base, "hanna", Api.DEMO_PASSWORD);
        try (ServerMemory memory = ServerMemory.connect()) {
            memory.heapAfterFullGc();
            long beansBefore = memory.liveInstances(DASHBOARD_BEAN);
            long rowsBefore = memory.liveInstances(UNIT_ROW);

            for (int page = 0; page < 4 * VIEWS_KEPT; page++) {
                Api.Reply dashboard = hanna.get("/recommendation/dashboard.xhtml");
                assertThat(dashboard.status()).isEqualTo(200);
                assertThat(dashboard.body()).contains("dashboardForm:unitTable");
            }

            memory.heapAfterFullGc();
            assertThat(memory.liveInstances(DASHBOARD_BEAN) - beansBefore)
                    .as("dashboard views kept by the session")
                    .isBetween(1L, (long) VIEWS_KEPT);
            assertThat(memory.liveInstances(UNIT_ROW))
                    .as("unit rows still on the heap after the requests")
                    .isLessThanOrEqualTo(rowsBefore);
        }
    }
}

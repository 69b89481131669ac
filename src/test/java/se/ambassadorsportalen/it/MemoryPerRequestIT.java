package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thousands of authenticated requests leave nothing behind on the server's heap. Before the fix
 * every request with a session cookie or HTTP Basic left an LTPA token and a subject in
 * Liberty's authentication cache (about 34 kB a request: a few thousand requests grew the heap
 * by 100 MB and 50 users at once ran the server out of memory).
 */
@ExtendWith(ArquillianExtension.class)
class MemoryPerRequestIT {

    private static final int SESSIONS = 4;
    private static final int REQUESTS_PER_KIND = 1_500;
    private static final long HEAP_GROWTH_ALLOWED = 24L * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    @Test
    void thousandsOfAuthenticatedRequestsLeaveNoTokensOrSubjectsBehind() throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(WebSession.signIn(base, i % 2 == 0 ? "eva" : "klara", Api.DEMO_PASSWORD));
        }
        String token = Api.as(base, "hanna")
                .post("/api/v1/me/tokens", "{\"name\":\"Minnestest\",\"days\":1}")
                .json()
                .getString("secret");
        Api basic = Api.as(base, "magnus");
        Api bearer = Api.withToken(base, token);
        callManyTimes(sessions, basic, bearer, 200);

        try (ServerMemory memory = ServerMemory.connect()) {
            long heapBefore = memory.heapAfterFullGc();
            long subjectsBefore = memory.liveInstances("javax.security.auth.Subject");

            callManyTimes(sessions, basic, bearer, REQUESTS_PER_KIND);

            long heapAfter = memory.heapAfterFullGc();
            assertThat(memory.liveInstances("com.ibm.ws.security.token.ltpa.internal.LTPAToken2"))
                    .isLessThan(10);
            assertThat(memory.liveInstances("javax.security.auth.Subject")).isLessThan(subjectsBefore + 50);
            assertThat(heapAfter - heapBefore)
                    .as("heap growth after %d requests", 3 * REQUESTS_PER_KIND)
                    .isLessThan(HEAP_GROWTH_ALLOWED);
        }
    }

    /** Session, Basic and token calls side by side, from four threads, each answered 200. */
    private static void callManyTimes(List<WebSession> sessions, Api basic, Api bearer, int perKind) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < perKind; i++) {
                WebSession session = sessions.get(i % sessions.size());
                answers.add(callers.submit(() -> session.get("/api/v1/me").status()));
                answers.add(callers.submit(() -> basic.get("/api/v1/me").status()));
                answers.add(callers.submit(() -> bearer.get("/api/v1/me").status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}

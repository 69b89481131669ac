package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing passwords stops: after five wrong ones a username is refused at once, with 429 and
 * Retry-After on the API and a message on the login page, even for the right password, even for
 * guesses sent in parallel; its owner gets one mail about it. Each test guesses at an account of
 * its own, so no demo user is ever locked.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLimitsIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules();
    }

    @ArquillianResource
    URL base;

    private String newAccount(Long personId) {
        return TestAccounts.create(base, "gissa", personId, "EMPLOYEE").username();
    }

    private void guessWrong(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(Api.as(base, username, "fel gissning " + i)
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTooManyRequests() {
        String username = newAccount(null);
        guessWrong(username, 5);

        Api.Reply refused = Api.as(base, username, PASSWORD).get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getInt("status")).isEqualTo(429);
    }

    @Test
    void theLoginPageSaysHowLongToWaitInsteadOfCheckingThePassword() {
        String username = newAccount(null);
        guessWrong(username, 5);

        Api.Reply page = WebSession.tryLogin(base, username, PASSWORD);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("För många misslyckade inloggningar");
    }

    @Test
    void guessesSentInParallelAreCountedLikeGuessesOneAfterAnother() throws Exception {
        String username = newAccount(null);
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String guess = "parallell gissning " + i;
                guesses.add(
                        () -> Api.as(base, username, guess).get("/api/v1/me").status());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : guessers.invokeAll(guesses)) {
                answers.add(answer.get());
            }
            assertThat(answers).filteredOn(status -> status == 401).hasSize(5);
            assertThat(answers).filteredOn(status -> status == 429).hasSize(19);
        } finally {
            guessers.shutdownNow();
        }
    }

    @Test
    void manyConnectionsOfOneClientWithTheRightPasswordAtOnceAreAllLetIn() throws Exception {
        String username = newAccount(null);
        ExecutorService connections = Executors.newFixedThreadPool(24);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(
                        () -> Api.as(base, username, PASSWORD).get("/api/v1/me").status());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : connections.invokeAll(calls)) {
                answers.add(answer.get());
            }
            assertThat(answers).containsOnly(200);
        } finally {
            connections.shutdownNow();
        }
    }

    @Test
    void theOwnerIsToldOnceByMailThatSomeoneIsGuessing() {
        JsonObject eva = Api.as(base, "admin")
                .get("/api/v1/admin/users?username=eva")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(user -> user.getString("username").equals("eva"))
                .findFirst()
                .orElseThrow();
        String username = newAccount(eva.getJsonNumber("personId").longValue());
        String evasAddress = "eva@fjallmark.example";

        guessWrong(username, 5);
        Api.as(base, username, "en gissning till").get("/api/v1/me");

        long lockoutMails = Api.as(base, "admin")
                .get("/api/v1/admin/outbox?to=" + evasAddress)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(mail -> mail.getString("body").contains(username))
                .count();
        assertThat(lockoutMails).isEqualTo(1);
    }
}

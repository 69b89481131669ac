package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
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
 * <p>
 * Behind a load balancer the per-address limit counts the client the balancer names in
 * X-Forwarded-For, but only when the connection comes from a balancer the server trusts
 * ({@code portal.trusted.proxies}; the test server trusts 127.0.0.2, see arquillian.xml). Those tests
 * use up the allowance of made-up addresses, never the address the other tests connect from.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLimitsIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;
    /** The one proxy the test server trusts (portal.trusted.proxies in arquillian.xml). */
    private static final String TRUSTED_BALANCER = "127.0.0.2";
    /** Attempts per address and 15 minutes: the server's default (SignInLimits, portal.signin.attempts.per.address). */
    private static final int ATTEMPTS_PER_ADDRESS = 200;
    /** Enough for the allowance and what comes back while the guesses run (one every 4.5 s). */
    private static final int MAX_GUESSES = 400;

    private static final int GUESSES_AT_ONCE = 10;

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

    @Test
    void behindTheTrustedBalancerEachForwardedClientAddressHasItsOwnAllowance() throws Exception {
        String client = madeUpAddress("198.18.");

        Guessing guessing = guessUntilRefused(TRUSTED_BALANCER, attempt -> client);

        assertThat(guessing.refused()).isTrue();
        assertThat(guessing.allowed()).isGreaterThanOrEqualTo(ATTEMPTS_PER_ADDRESS);
        // Another client behind the same balancer still has its whole allowance: the balancer's own
        // address was never what counted.
        assertThat(unknownUserFrom(TRUSTED_BALANCER, madeUpAddress("198.18."))).isEqualTo(401);
        // The refused client's address in a header from a connection that is no trusted proxy is not believed.
        assertThat(Api.as(base, unknownUsername(), "fel")
                        .withHeader("X-Forwarded-For", client)
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotEscapeItsAddressLimitByNamingOtherAddresses() throws Exception {
        String untrusted = madeUpAddress("127.0.");

        Guessing guessing =
                guessUntilRefused(untrusted, attempt -> "198.19." + (attempt / 250) + "." + (1 + attempt % 250));

        assertThat(guessing.refused()).isTrue();
        assertThat(guessing.allowed()).isGreaterThanOrEqualTo(ATTEMPTS_PER_ADDRESS);
    }

    /** How many wrong guesses were answered 401, and whether one was refused (429) before {@link #MAX_GUESSES}. */
    private record Guessing(int allowed, boolean refused) {}

    /**
     * Wrong passwords for usernames nobody has (so no username's own limit counts), sent from
     * {@code localAddress} with {@code X-Forwarded-For} naming {@code forwardedFor.apply(attempt)},
     * ten at a time, until the portal refuses one.
     */
    private Guessing guessUntilRefused(String localAddress, IntFunction<String> forwardedFor) throws Exception {
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSES_AT_ONCE);
        try {
            int allowed = 0;
            for (int sent = 0; sent < MAX_GUESSES; sent += GUESSES_AT_ONCE) {
                List<Callable<Integer>> guesses = new ArrayList<>();
                for (int i = sent; i < sent + GUESSES_AT_ONCE; i++) {
                    String claimed = forwardedFor.apply(i);
                    guesses.add(() -> unknownUserFrom(localAddress, claimed));
                }
                List<Integer> answers = new ArrayList<>();
                for (Future<Integer> answer : guessers.invokeAll(guesses)) {
                    answers.add(answer.get());
                }
                assertThat(answers).allMatch(status -> status == 401 || status == 429);
                allowed +=
                        (int) answers.stream().filter(status -> status == 401).count();
                if (answers.contains(429)) {
                    return new Guessing(allowed, true);
                }
            }
            return new Guessing(allowed, false);
        } finally {
            guessers.shutdownNow();
        }
    }

    private int unknownUserFrom(String localAddress, String forwardedFor) {
        return FromAddress.get(
                base, localAddress, "/api/v1/me", unknownUsername(), "fel", Map.of("X-Forwarded-For", forwardedFor));
    }

    private static String unknownUsername() {
        return "okand-" + UUID.randomUUID();
    }

    /** A random address under {@code prefix} (two more octets), so a rerun within 15 minutes starts afresh. */
    private static String madeUpAddress(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return prefix + (1 + random.nextInt(254)) + "." + (1 + random.nextInt(254));
    }
}

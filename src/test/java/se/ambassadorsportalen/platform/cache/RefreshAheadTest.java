package se.ambassadorsportalen.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RefreshAheadTest {

    private final AtomicLong now = new AtomicLong();
    private final RefreshAhead<String, String> pages = new RefreshAhead<>(10, Duration.ofSeconds(10), now::get);
    private final AtomicInteger readings = new AtomicInteger();

    private Supplier<String> reading(String value) {
        return () -> {
            readings.incrementAndGet();
            return value;
        };
    }

    private void secondsPass(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    /** A reading that holds until released, so a test can ask meanwhile. */
    private static final class HeldReading implements Supplier<String> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        private final String value;

        HeldReading(String value) {
            this.value = value;
        }

        @Override
        public String get() {
            started.countDown();
            try {
                assertThat(released.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return value;
        }
    }

    /** {@code reading} asked for {@code key} from another thread, returned once it has begun and holds. */
    private CompletableFuture<String> begunElsewhere(String key, HeldReading reading) throws InterruptedException {
        CompletableFuture<String> asked = CompletableFuture.supplyAsync(() -> pages.get(key, reading));
        assertThat(reading.started.await(10, TimeUnit.SECONDS)).isTrue();
        return asked;
    }

    /** A reading of {@code key} begun elsewhere and disowned by a change before it ends; what its caller got. */
    private String readAcrossAChange(String key) throws Exception {
        HeldReading older = new HeldReading("before the change");
        CompletableFuture<String> asked = begunElsewhere(key, older);
        pages.forgetAll();
        older.released.countDown();
        return asked.get(10, TimeUnit.SECONDS);
    }

    private static Supplier<String> failing(String why) {
        return () -> {
            throw new IllegalStateException(why);
        };
    }

    @Test
    void aValueWithinItsFreshnessIsServedWithoutReadingAgain() {
        assertThat(pages.get("first", reading("v1"))).isEqualTo("v1");
        secondsPass(10);
        assertThat(pages.get("first", reading("v2"))).isEqualTo("v1");
        assertThat(readings).hasValue(1);
    }

    @Test
    void aStaleValueIsServedToOthersWhileOneCallerReadsItAnew() throws Exception {
        pages.get("first", reading("v1"));
        secondsPass(11);
        HeldReading slow = new HeldReading("v2");
        CompletableFuture<String> refreshing = begunElsewhere("first", slow);

        assertThat(pages.get("first", reading("never")))
                .as("asked during the reading")
                .isEqualTo("v1");
        assertThat(readings).as("only the first caller reads").hasValue(1);

        slow.released.countDown();
        assertThat(refreshing.get(10, TimeUnit.SECONDS)).isEqualTo("v2");
        assertThat(pages.get("first", reading("never"))).isEqualTo("v2");
    }

    @Test
    void afterForgetAllTheNextCallerReadsAnew() {
        pages.get("first", reading("v1"));
        pages.forgetAll();
        assertThat(pages.get("first", reading("v2"))).isEqualTo("v2");
    }

    @Test
    void aReadingUnderWayWhenEverythingIsForgottenIsNeverServedAfterIt() throws Exception {
        assertThat(readAcrossAChange("first"))
                .as("its own caller asked before the change")
                .isEqualTo("before the change");

        assertThat(pages.get("first", reading("after the change"))).isEqualTo("after the change");
    }

    @Test
    void forgettingDoesNotWaitForAReadingUnderWay() throws Exception {
        // a change during a reading leaves its value kept but disowned: the next caller reads anew in its place
        readAcrossAChange("first");
        HeldReading again = new HeldReading("after the change");
        CompletableFuture<String> second = begunElsewhere("first", again);
        try {
            CompletableFuture.runAsync(pages::forgetAll).get(10, TimeUnit.SECONDS);
        } finally {
            again.released.countDown();
        }
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("after the change");
    }

    @Test
    void aStaleRefreshUnderWayWhenEverythingIsForgottenDoesNotComeBack() throws Exception {
        pages.get("first", reading("v1"));
        secondsPass(11);
        HeldReading older = new HeldReading("before the change");
        CompletableFuture<String> refreshing = begunElsewhere("first", older);
        pages.forgetAll();
        older.released.countDown();
        refreshing.get(10, TimeUnit.SECONDS);

        assertThat(pages.get("first", reading("after the change"))).isEqualTo("after the change");
    }

    @Test
    void aFailedRefreshServesTheKeptCopyAndLeavesTheNextCallerToTryAgain() {
        pages.get("first", reading("v1"));
        secondsPass(11);
        assertThat(pages.get("first", failing("the statement timed out"))).isEqualTo("v1");
        assertThat(pages.get("first", reading("v2"))).isEqualTo("v2");
    }

    @Test
    void aFailedRefreshOfACopyTooOldToServeIsTheCallersError() {
        pages.get("first", reading("v1"));
        secondsPass(55);
        pages.get("first", reading("v1 again"));
        secondsPass(59);
        assertThat(pages.get("first", failing("the database is away")))
                .as("59 s old: still served")
                .isEqualTo("v1 again");
        secondsPass(2);
        assertThatThrownBy(() -> pages.get("first", failing("the database is away")))
                .as("61 s old: six times its freshness")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedFirstReadingIsTheCallersError() {
        assertThatThrownBy(() -> pages.get("first", failing("the database is away")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(pages.get("first", reading("v1"))).isEqualTo("v1");
    }

    @Test
    void eachKeyKeepsItsOwnValue() {
        pages.get("first", reading("page 1"));
        assertThat(pages.get("second", reading("page 2"))).isEqualTo("page 2");
        assertThat(pages.get("first", reading("never"))).isEqualTo("page 1");
    }
}

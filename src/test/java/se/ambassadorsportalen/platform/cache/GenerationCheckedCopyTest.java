package se.ambassadorsportalen.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class GenerationCheckedCopyTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger generationReads = new AtomicInteger();
    private final AtomicInteger readings = new AtomicInteger();

    private final LongSupplier generationInDatabase = () -> {
        generationReads.incrementAndGet();
        return generation.get();
    };

    private Supplier<String> reading(String value) {
        return () -> {
            readings.incrementAndGet();
            return value;
        };
    }

    private void secondsPass(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private GenerationCheckedCopy<String> checkedEveryTwoSeconds() {
        return GenerationCheckedCopy.<String>checkedEvery(Duration.ofSeconds(2)).on(now::get);
    }

    @Test
    void aValueIsReadOnceAndServedWithoutAskingTheDatabaseUntilTheCheckIsDue() {
        GenerationCheckedCopy<String> copy = checkedEveryTwoSeconds();

        assertThat(copy.get(generationInDatabase, reading("first"))).isEqualTo("first");
        int readsAfterTheFirst = generationReads.get();
        secondsPass(1);

        assertThat(copy.get(generationInDatabase, reading("second"))).isEqualTo("first");
        assertThat(readings).hasValue(1);
        assertThat(generationReads).hasValue(readsAfterTheFirst);
    }

    @Test
    void aDueCheckThatFindsTheSameGenerationKeepsTheValueAndWaitsAnotherPeriodBeforeAskingAgain() {
        GenerationCheckedCopy<String> copy = checkedEveryTwoSeconds();
        copy.get(generationInDatabase, reading("first"));
        secondsPass(3);

        assertThat(copy.get(generationInDatabase, reading("second"))).isEqualTo("first");
        int readsAfterTheCheck = generationReads.get();
        secondsPass(1);
        copy.get(generationInDatabase, reading("third"));

        assertThat(readings).hasValue(1);
        assertThat(generationReads).hasValue(readsAfterTheCheck);
    }

    @Test
    void aGenerationBumpedElsewhereIsSeenAtTheNextDueCheckAndNotBefore() {
        GenerationCheckedCopy<String> copy = checkedEveryTwoSeconds();
        copy.get(generationInDatabase, reading("old"));
        generation.incrementAndGet();
        secondsPass(1);

        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("old");
        secondsPass(2);
        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("new");
    }

    @Test
    void aDroppedValueIsReadAnewByTheNextCaller() {
        GenerationCheckedCopy<String> copy = checkedEveryTwoSeconds();
        copy.get(generationInDatabase, reading("old"));

        copy.drop();

        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("new");
    }

    @Test
    void aValueOlderThanItsMaximumAgeIsReadAnewThoughItsGenerationStayed() {
        GenerationCheckedCopy<String> copy = GenerationCheckedCopy.<String>checkedEvery(Duration.ofSeconds(2))
                .readAgainAfter(Duration.ofMinutes(5))
                .on(now::get);
        copy.get(generationInDatabase, reading("morning"));
        secondsPass(299);
        assertThat(copy.get(generationInDatabase, reading("noon"))).isEqualTo("morning");

        secondsPass(2);

        assertThat(copy.get(generationInDatabase, reading("noon"))).isEqualTo("noon");
    }

    @Test
    void aCopyCheckedByItsCallerNeverAsksOnAReadAndIsDroppedOnlyWhenTheGenerationMoved() {
        GenerationCheckedCopy<String> copy =
                GenerationCheckedCopy.<String>checkedByCaller().on(now::get);
        copy.get(generationInDatabase, reading("old"));
        int readsAfterTheFirst = generationReads.get();
        generation.incrementAndGet();
        secondsPass(3600);

        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("old");
        assertThat(generationReads).hasValue(readsAfterTheFirst);

        copy.dropIfChangedSince(0);
        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("old");
        copy.dropIfChangedSince(1);
        assertThat(copy.get(generationInDatabase, reading("new"))).isEqualTo("new");
    }

    @Test
    void theGenerationIsReadBeforeTheValueSoAChangeCommittedDuringTheReadingIsNotMissed() {
        GenerationCheckedCopy<String> copy = checkedEveryTwoSeconds();
        // another node commits a change while this one reads the value, after it read the generation
        copy.get(generationInDatabase, () -> {
            generation.incrementAndGet();
            return "read during the change";
        });
        secondsPass(3);

        assertThat(copy.get(generationInDatabase, reading("after the change"))).isEqualTo("after the change");
    }
}

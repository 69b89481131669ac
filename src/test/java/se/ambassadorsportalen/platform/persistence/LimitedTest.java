package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LimitedTest {

    private static List<Integer> rows(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void aListWithOneRowMoreThanTheLimitShowsTheLimitAndSaysThereIsMore() {
        Limited<Integer> shown = Limited.of(rows(Limited.readLimit(1000)), 1000);
        assertThat(shown.items()).hasSize(1000).startsWith(0).endsWith(999);
        assertThat(shown.more()).isTrue();
    }

    @Test
    void aListOfExactlyTheLimitIsWholeAndSaysNothing() {
        Limited<Integer> shown = Limited.of(rows(1000), 1000);
        assertThat(shown.items()).hasSize(1000);
        assertThat(shown.more()).isFalse();
    }

    @Test
    void aShortListIsWhole() {
        assertThat(Limited.of(rows(3), 1000).more()).isFalse();
        assertThat(Limited.of(List.of(), 1000).items()).isEmpty();
    }
}

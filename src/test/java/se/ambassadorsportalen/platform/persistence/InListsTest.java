package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    private static List<Long> values(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Long::valueOf).toList();
    }

    @Test
    void aListIsPaddedToTheNextPowerOfTwoWithItsLastValue() {
        assertThat(InLists.padded(values(5))).containsExactly(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L);
    }

    @Test
    void aListWhoseSizeIsAlreadyAPowerOfTwoIsLeftAsItIs() {
        List<Long> four = values(4);

        assertThat(InLists.padded(four)).isSameAs(four);
        assertThat(InLists.padded(values(1))).containsExactly(1L);
    }

    @Test
    void anEmptyListStaysEmptyForTheCallerToSkipTheQuery() {
        assertThat(InLists.padded(List.of())).isEmpty();
    }

    @Test
    void paddingAddsNoValueThatWasNotThere() {
        List<Long> values = values(300);

        assertThat(new HashSet<>(InLists.padded(values))).isEqualTo(new HashSet<>(values));
    }

    @Test
    void everyLengthUpTo512HasOneOfTenSizesSoOneOfTenStatementTexts() {
        Set<Integer> sizes = new HashSet<>();
        for (int length = 1; length <= 512; length++) {
            sizes.add(InLists.padded(values(length)).size());
        }

        assertThat(sizes).containsExactlyInAnyOrder(1, 2, 4, 8, 16, 32, 64, 128, 256, 512);
    }
}

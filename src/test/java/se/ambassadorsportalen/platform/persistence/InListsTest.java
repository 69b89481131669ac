package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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

    /** The padding relies on this: the repeated value is looked up once, also through an index. */
    @Test
    void theDatabaseFindsEachRowOnceForAValueThePaddingRepeats() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:inLists");
                Statement statement = connection.createStatement()) {
            statement.execute("create table person (id bigint primary key, unit_id bigint)");
            statement.execute("create index ix_person_unit on person (unit_id)");
            for (int id = 1; id <= 30; id++) {
                statement.execute("insert into person values (" + id + ", " + (id % 3) + ")");
            }
            List<Long> units = InLists.padded(List.of(0L, 1L, 2L));
            assertThat(units).hasSize(4);

            try (PreparedStatement query =
                    connection.prepareStatement("select count(*) from person where unit_id in (?, ?, ?, ?)")) {
                for (int i = 0; i < units.size(); i++) {
                    query.setLong(i + 1, units.get(i));
                }
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    assertThat(count.getLong(1)).isEqualTo(30);
                }
            }
        }
    }
}

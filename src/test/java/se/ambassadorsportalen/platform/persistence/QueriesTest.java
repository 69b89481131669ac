package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a page tells its list's total by itself, so that no count is sent. */
class QueriesTest {

    @Test
    void aFirstPageThatIsNotFullIsTheWholeList() {
        assertThat(Queries.totalWithoutCounting(PageRequest.of(0, 10), 7)).hasValue(7);
    }

    @Test
    void anEmptyFirstPageIsAnEmptyList() {
        assertThat(Queries.totalWithoutCounting(PageRequest.of(0, 10), 0)).hasValue(0);
    }

    @Test
    void aLaterPageThatIsNotFullIsTheLastOne() {
        assertThat(Queries.totalWithoutCounting(PageRequest.of(20, 10), 3)).hasValue(23);
    }

    @Test
    void aFullPageNeedsACountSinceMoreMayFollow() {
        assertThat(Queries.totalWithoutCounting(PageRequest.of(0, 10), 10)).isEmpty();
        assertThat(Queries.totalWithoutCounting(PageRequest.of(30, 10), 10)).isEmpty();
    }

    @Test
    void anEmptyPagePastTheStartNeedsACountSinceRowsMayBeBeforeIt() {
        assertThat(Queries.totalWithoutCounting(PageRequest.of(40, 10), 0)).isEmpty();
    }
}

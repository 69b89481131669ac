package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f2b6c1e-9d7a-4b1c-8e55-0a1b2c3d4e5f", "lb-node1.0000001", "trace:abc12345"})
    void idOfferedByTheCallerOrBalancerIsKept(String offered) {
        assertThat(RequestIds.acceptOrCreate(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "short",
                "has space inside it",
                "line\nbreak-in-the-log",
                "<script>alert(1)</script>",
                "a-very-long-id-that-goes-on-and-on-past-sixty-four-characters-of-text-x"
            })
    void missingOrUnsafeIdIsReplacedByANewRandomOne(String offered) {
        String id = RequestIds.acceptOrCreate(offered);

        assertThat(id).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrCreate(offered)).as("a new one each time").isNotEqualTo(id);
    }
}

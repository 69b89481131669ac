package se.ambassadorsportalen.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

    @Test
    void aJsonBindingFailureIsFoundHoweverDeepTheRuntimeWrappedIt() {
        Throwable wrapped = new ProcessingException(
                "RESTEASY008200",
                new JsonbException("Unable to deserialize property 'days' because of: Error deserialize JSON value"));

        assertThat(ProblemMappers.unreadableBody(wrapped)).isPresent();
        assertThat(ProblemMappers.unreadableBody(new IllegalStateException("a bug")))
                .isEmpty();
    }

    @Test
    void theFieldIsTakenFromTheBindingMessageWhenItNamesOne() {
        assertThat(ProblemMappers.propertyNamed("Unable to deserialize property 'days' because of: x"))
                .isEqualTo("days");
        assertThat(ProblemMappers.propertyNamed("Internal error: Invalid token=EOF"))
                .isNull();
        assertThat(ProblemMappers.propertyNamed(null)).isNull();
    }
}

package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptSafeJsonTest {

    private static final String ROUND_NAME = "x </script><script>alert(161)</script> & co";

    @Test
    void aNameThatWouldEndTheScriptCannotLeaveTheJson() {
        String json = ScriptSafeJson.of(
                Json.createObjectBuilder().add("label", ROUND_NAME).build());

        assertThat(json).doesNotContain("<", ">", "&");
    }

    @Test
    void theChartStillReadsTheSameText() {
        String json = ScriptSafeJson.of(
                Json.createObjectBuilder().add("label", ROUND_NAME + "\u2028").build());

        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject read = reader.readObject();
            assertThat(read.getString("label")).isEqualTo(ROUND_NAME + "\u2028");
        }
    }
}

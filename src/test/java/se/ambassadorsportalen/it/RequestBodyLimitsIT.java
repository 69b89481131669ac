package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request bodies are capped before they are read: a body announced larger than its kind may be
 * is refused with 413 at once, without the server waiting for it; a body without a length is cut
 * off when it passes the cap. Never a 500, never a whole body in memory.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBodyLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1} ({2}, {3} bytes)")
    @CsvSource({
        "PUT, api/v1/ambassadors/me/photo, image/jpeg, 104857600",
        "POST, api/v1/survey-rounds/1/answers, text/plain, 104857600",
        "POST, api/v1/stories, application/json, 10485760",
        "POST, api/v1/stories/1/photos, multipart/form-data; boundary=x, 104857600"
    })
    void aBodyAnnouncedTooLargeIsRefusedBeforeItIsSent(String method, String path, String type, long length)
            throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000); // without the cap the server would sit waiting for the body
            socket.getOutputStream()
                    .write((method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Authorization: " + basic("hanna") + "\r\nContent-Type: " + type
                                    + "\r\nContent-Length: " + length
                                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = firstAnswer(socket.getInputStream());

            assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .contains("application/problem+json")
                    .contains("MB");
        }
    }

    /** What the server has sent so far, once its headers are complete (the body we announced is never sent). */
    private static String firstAnswer(InputStream in) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!answer.toString().contains("\r\n\r\n") || answer.indexOf("}") < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    @Test
    void aBodyWithoutALengthIsCutOffWhenItPassesTheCap() throws Exception {
        long[] sent = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return sent[0]++ < 64L * 1024 * 1024 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent[0] >= 64L * 1024 * 1024) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                sent[0] += length;
                return length;
            }
        };
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/stories"))
                                .header("Authorization", basic("eva"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).doesNotContain("Exception");
    }
}

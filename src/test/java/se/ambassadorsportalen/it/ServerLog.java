package se.ambassadorsportalen.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test server's {@code messages.log}, for tests that check what the server logged while they
 * ran: take a {@link #mark()} before, read {@link #since(long)} after.
 */
final class ServerLog {

    static final Path MESSAGES = Path.of(
                    System.getProperty("liberty.server.dir", "target/liberty/wlp/usr/servers/portal"))
            .resolve("logs/messages.log");

    private ServerLog() {}

    /** The log's length now. */
    static long mark() throws IOException {
        return Files.exists(MESSAGES) ? Files.size(MESSAGES) : 0;
    }

    /** What the log gained since the mark (all of it, should it have been rolled over meanwhile). */
    static String since(long mark) throws IOException {
        if (!Files.exists(MESSAGES)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(MESSAGES.toFile(), "r")) {
            long start = mark <= file.length() ? mark : 0;
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

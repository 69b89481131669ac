package se.ambassadorsportalen.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A GET to the test server from a chosen loopback address, so that one machine can play a load
 * balancer (the address the server trusts as a proxy) and clients the server does not know: Linux
 * routes all of 127.0.0.0/8 to the loopback interface. Java 17's {@code HttpClient} cannot choose
 * the address it connects from; a socket can. Only the status is read.
 */
final class FromAddress {

    private static final int TIMEOUT_MILLIS = 60_000;

    private FromAddress() {}

    /** The status of {@code GET path} as {@code username}/{@code password} (HTTP Basic), with the given headers. */
    static int get(
            URL base, String localAddress, String path, String username, String password, Map<String, String> headers) {
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        StringBuilder request = new StringBuilder()
                .append("GET ")
                .append(root)
                .append(path.startsWith("/") ? path.substring(1) : path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\nAccept: application/json, application/problem+json\r\nAuthorization: Basic ")
                .append(credentials)
                .append("\r\nConnection: close\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IllegalStateException("No HTTP answer to a request from " + localAddress + ": " + statusLine);
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

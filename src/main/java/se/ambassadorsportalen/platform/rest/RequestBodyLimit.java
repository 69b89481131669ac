package se.ambassadorsportalen.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps every request body of the API before anything reads it. A body that says it is larger
 * than its kind may be (Content-Length) is refused at once with 413, before a byte of it is read;
 * a body sent without a length (chunked) is cut off the moment it passes the cap, so no resource
 * ever binds an unbounded body to memory. Files (uploads, survey imports) may be as large as the
 * largest file the portal takes, 50 MB; everything else is JSON or a short text and gets 2 MB,
 * room for the longest text field many times over. Resources check their own, tighter limits
 * (a photo's 5 or 10 MB) on top.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024 + 64 * 1024;
    static final long MAX_OTHER_BYTES = 2L * 1024 * 1024;

    /** Thrown while reading a body that has passed its cap; answered with 413. */
    public static final class BodyTooLarge extends IOException {

        private static final long serialVersionUID = 1L;
        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limitInMegabytes() {
            return Math.max(1, limit / (1024 * 1024));
        }
    }

    @Override
    public void filter(ContainerRequestContext call) throws IOException {
        long limit = limitFor(call.getMediaType());
        if (call.getLength() > limit) {
            throw new BodyTooLarge(limit);
        }
        if (call.hasEntity()) {
            call.setEntityStream(new Capped(call.getEntityStream(), limit));
        }
    }

    /** The limit for a request's Content-Type header as sent; an unreadable one gets the smaller limit. */
    public static long limitFor(String contentType) {
        try {
            return limitFor(contentType == null ? null : MediaType.valueOf(contentType));
        } catch (IllegalArgumentException unreadable) {
            return MAX_OTHER_BYTES;
        }
    }

    public static long limitFor(MediaType type) {
        if (type == null) {
            return MAX_OTHER_BYTES;
        }
        boolean file = type.getType().equals("multipart")
                || type.getType().equals("image")
                || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                || type.getSubtype().equals("csv")
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                || type.getSubtype().startsWith("vnd.");
        return file ? MAX_FILE_BYTES : MAX_OTHER_BYTES;
    }

    /** A stream that fails once more than {@code limit} bytes have been read from it. */
    static final class Capped extends FilterInputStream {

        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws BodyTooLarge {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}

package se.ambassadorsportalen.platform.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.rest.RequestBodyLimit;

/**
 * Refuses an API request whose Content-Length is beyond its cap with 413 before anything reads
 * it, and sends the answer at once with {@code Connection: close}: answered later, inside the REST
 * layer, the server would first wait for the whole announced body to arrive. Bodies without a
 * length are cut off while they are read ({@link RequestBodyLimit}).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AnnouncedBodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = RequestBodyLimit.limitFor(request.getContentType());
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("application/problem+json;charset=UTF-8");
        String detail = Messages.text(
                Languages.fromAcceptLanguage(Collections.list(request.getLocales())),
                "platform.error.bodyTooLarge",
                Math.max(1, limit / (1024 * 1024)));
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", "Content Too Large")
                        .add("status", 413)
                        .add("detail", detail)
                        .build()
                        .toString());
        response.flushBuffer();
    }
}

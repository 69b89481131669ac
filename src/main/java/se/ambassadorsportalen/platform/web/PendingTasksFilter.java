package se.ambassadorsportalen.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import se.ambassadorsportalen.platform.layout.CountedTasks;

/**
 * Forgets the session's task counts whenever the user changes something (any request but a read):
 * an approval, an acknowledgement or an answered consent is posted, often by ajax, and the next
 * page the user opens must not count it as waiting still. Reads of pages and resources pass untouched,
 * and no session is made for it.
 */
@WebFilter(urlPatterns = "/*")
public class PendingTasksFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            // after the change has committed: a page counted while it ran must not keep the old figure
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    try {
                        session.removeAttribute(CountedTasks.SESSION_KEY);
                    } catch (IllegalStateException ended) {
                        // the request ended the session (logout): nothing is left to forget
                    }
                }
            }
        }
    }
}

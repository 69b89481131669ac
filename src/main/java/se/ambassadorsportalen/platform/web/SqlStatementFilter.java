package se.ambassadorsportalen.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.ambassadorsportalen.platform.persistence.SqlStatements;

/**
 * Counts the SQL statements of each request that carries a {@value #HEADER} header, when the
 * diagnostics are on (see {@link SqlStatements}). The count is kept under that id rather than sent
 * back as a header, because a Faces page has committed its headers long before its last query.
 */
@WebFilter(urlPatterns = "/*")
public class SqlStatementFilter extends HttpFilter {

    public static final String HEADER = "X-Portal-Request-Id";
    private static final int MAX_ID = 100;

    @Inject
    SqlStatements statements;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getHeader(HEADER);
        if (id == null || id.isBlank() || id.length() > MAX_ID || !statements.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        statements.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            statements.end(id);
        }
    }
}

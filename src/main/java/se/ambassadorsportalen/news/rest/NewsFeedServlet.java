package se.ambassadorsportalen.news.rest;

import static se.ambassadorsportalen.platform.export.Atom.element;
import static se.ambassadorsportalen.platform.export.Atom.iso;
import static se.ambassadorsportalen.platform.export.Atom.link;
import static se.ambassadorsportalen.platform.export.Atom.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import se.ambassadorsportalen.news.boundary.NewsReaders;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.export.Atom;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * A reader's private Atom feed at {@code /news-feed/<token>}: no login, because feed readers cannot
 * sign in; the unguessable token is the key. Private data, so never stored by a cache
 * ({@code no-store} from the security headers filter, since this path is not among the cacheable
 * ones) and never sent on as a referrer. An unknown or revoked token is a plain 404.
 */
@WebServlet("/news-feed/*")
public class NewsFeedServlet extends HttpServlet {

    /** A feed has no reader with a language: it speaks the organisation's. */
    @Inject
    se.ambassadorsportalen.platform.i18n.OrganisationLanguage organisationLanguage;

    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsReaders readers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        NewsReaders.Feed feed;
        try {
            feed = readers.feed(token);
        } catch (PortalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        Instant updated = feed.items().stream()
                .map(NewsItem::getUpdatedAt)
                .max(Instant::compareTo)
                .orElse(null);
        String self = base + "/news-feed/" + token;
        java.util.Locale locale = organisationLanguage.locale();
        byte[] body = Atom.feed(
                self, Messages.text(locale, "news.feed.title"), updated, self, base + "/news/index.xhtml", xml -> {
                    for (NewsItem item : feed.items()) {
                        String page = base + "/news/item.xhtml?id=" + item.getId();
                        xml.writeStartElement("entry");
                        element(xml, "id", page);
                        element(xml, "title", item.getTitle());
                        element(xml, "updated", iso(item.getUpdatedAt()));
                        element(xml, "published", iso(item.getPublishedAt()));
                        link(xml, "alternate", page, "text/html");
                        xml.writeEmptyElement("category");
                        xml.writeAttribute("term", item.getTopic().name());
                        text(xml, "content", item.getPlainText());
                        xml.writeEndElement();
                    }
                });
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentType(Atom.CONTENT_TYPE);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}

package se.ambassadorsportalen.lobbying.rest;

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
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.platform.export.Atom;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.PageRequest;

/**
 * The newest 50 register entries as Atom ({@code /feed/lobbying.atom}, no login), with the same
 * filters as the page ({@code ?issue=...&organisation=...}). An entry's {@code updated} moves with
 * each correction or withdrawal, so feed readers show it again.
 */
@WebServlet("/feed/lobbying.atom")
public class LobbyingFeedServlet extends HttpServlet {

    /** A feed has no reader with a language: it speaks the organisation's. */
    @Inject
    se.ambassadorsportalen.platform.i18n.OrganisationLanguage organisationLanguage;

    private static final long serialVersionUID = 1L;

    @Inject
    transient LobbyingRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        Locale locale = organisationLanguage.locale();
        List<LobbyingMeeting> meetings = register.meetings(new PageRequest(
                        0,
                        50,
                        null,
                        false,
                        PublicLobbyingResource.filters(
                                request.getParameter("issue"), request.getParameter("organisation"))))
                .items();
        Instant updated = meetings.stream()
                .map(LobbyingMeeting::getUpdatedAt)
                .max(Instant::compareTo)
                .orElse(null);
        byte[] feed = Atom.feed(
                base + "/feed/lobbying.atom",
                Messages.text(locale, "lobbying.public.title"),
                updated,
                base + "/feed/lobbying.atom",
                base + "/public/lobbying.xhtml",
                xml -> {
                    for (LobbyingMeeting meeting : meetings) {
                        String page = base + "/public/lobbying-meeting.xhtml?id=" + meeting.getId();
                        xml.writeStartElement("entry");
                        element(xml, "id", page);
                        element(
                                xml,
                                "title",
                                (meeting.isWithdrawn() ? Messages.text(locale, "lobbying.status.WITHDRAWN") + ": " : "")
                                        + Messages.dateFormat(locale)
                                                .format(meeting.getDetails().date()) + " · "
                                        + meeting.getDetails().issue());
                        element(xml, "updated", iso(meeting.getUpdatedAt()));
                        element(xml, "published", iso(meeting.getRecordedAt()));
                        xml.writeStartElement("author");
                        element(xml, "name", meeting.getDetails().ourPeople());
                        xml.writeEndElement();
                        link(xml, "alternate", page, "text/html");
                        text(
                                xml,
                                "summary",
                                Messages.text(
                                        locale,
                                        "lobbying.feed.summary",
                                        meeting.getDetails().counterparts()));
                        text(
                                xml,
                                "content",
                                meeting.getDetails().position()
                                        + (meeting.isWithdrawn() ? "\n\n" + meeting.getWithdrawnReason() : ""));
                        xml.writeEndElement();
                    }
                });
        response.setHeader("Cache-Control", PublicLobbyingResource.CACHE);
        response.setContentType(Atom.CONTENT_TYPE);
        response.setContentLength(feed.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(feed);
        }
    }
}

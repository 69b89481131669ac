package se.ambassadorsportalen.story.rest;

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
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.ambassadorsportalen.platform.export.Atom;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.web.PortalAddress;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;
import se.ambassadorsportalen.story.boundary.Portrait;
import se.ambassadorsportalen.story.boundary.PublicPortraits;

/**
 * The public portraits as an Atom feed ({@code /feed/portraits.atom}, no login) for the careers
 * site and feed readers: the latest {@link PublicPortraits#PAGE}, as its subtitle says (the public
 * page pages through them all). Written with StAX, so every text is XML-escaped and a story's text goes
 * out as {@code type="text"}: markup someone typed is never interpreted by a reader. Rendered
 * feeds are kept briefly and answered with ETag and Last-Modified ({@link PublicFeedCache}).
 */
@WebServlet("/feed/portraits.atom")
public class PortraitFeedServlet extends HttpServlet {

    /** A feed has no reader with a language: it speaks the organisation's. */
    @Inject
    se.ambassadorsportalen.platform.i18n.OrganisationLanguage organisationLanguage;

    private static final long serialVersionUID = 1L;

    @Inject
    PublicPortraits portraits;

    @Inject
    ChannelGuide guide;

    @Inject
    PublicFeedCache cache;

    @Inject
    transient PortalAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = address.root();
        PublicFeedCache.Rendered feed = cache.get("atom", () -> render(base));
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        feed.writeValidators(response);
        if (feed.isNotModifiedFor(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(Atom.CONTENT_TYPE);
        response.setContentLength(feed.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(feed.body());
        }
    }

    private PublicFeedCache.Rendered render(String base) {
        Page<Portrait> page = portraits.portraits(0, PublicPortraits.PAGE);
        java.util.Locale locale = organisationLanguage.locale();
        Instant updated = page.items().stream()
                .map(Portrait::published)
                .max(Instant::compareTo)
                .orElse(null);
        // a category's term is the channel's code, for machines; its label the name a reader knows
        Map<String, String> channelNames = guide.channelSummaries().stream()
                .collect(Collectors.toMap(ChannelSummary::code, channel -> channel.name(locale), (a, b) -> a));
        byte[] feed = Atom.feed(
                base + "/feed/portraits.atom",
                Messages.text(locale, "story.public.title"),
                updated,
                base + "/feed/portraits.atom",
                base + "/public/ambassadors.xhtml",
                xml -> {
                    // a feed carries the latest ones by nature; the subtitle says how many at most, and
                    // the page it links to has them all
                    text(xml, "subtitle", Messages.text(locale, "story.feed.latest", PublicPortraits.PAGE));
                    for (Portrait portrait : page.items()) {
                        entry(xml, base, portrait, locale, channelNames);
                    }
                });
        return PublicFeedCache.of(feed, updated);
    }

    private static void entry(
            XMLStreamWriter xml,
            String base,
            Portrait portrait,
            java.util.Locale locale,
            Map<String, String> channelNames)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", base + "/public/ambassadors.xhtml#portrait-" + portrait.id());
        element(xml, "title", portrait.title());
        element(xml, "updated", iso(portrait.published()));
        element(xml, "published", iso(portrait.published()));
        xml.writeStartElement("author");
        element(
                xml,
                "name",
                portrait.firstName() != null
                        ? portrait.firstName()
                        : portrait.profession() == null
                                ? Messages.text(locale, "story.feed.anonymous")
                                : portrait.profession());
        xml.writeEndElement();
        link(xml, "alternate", base + "/public/ambassadors.xhtml#portrait-" + portrait.id(), "text/html");
        if (portrait.hasCover()) {
            link(
                    xml,
                    "enclosure",
                    base + "/api/v1/public/photos/" + portrait.cover().id() + "/large",
                    portrait.cover().contentType());
        }
        for (String channel : portrait.channels()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", channel);
            xml.writeAttribute("label", channelNames.getOrDefault(channel, channel));
        }
        text(
                xml,
                "summary",
                String.join(" · ", nonNull(portrait.profession()), nonNull(portrait.unit()), nonNull(portrait.town())));
        text(xml, "content", portrait.text());
        xml.writeEndElement();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

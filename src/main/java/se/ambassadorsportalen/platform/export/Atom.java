package se.ambassadorsportalen.platform.export;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Writes Atom feeds with StAX, so every text is XML-escaped: what someone typed is never markup in
 * a reader. Usage: {@code Atom.feed(id, title, updated, selfHref, alternateHref, xml -> ...entries...)}
 * and, per entry, {@link #element}, {@link #link} and {@link #text}.
 */
public final class Atom {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final LocalDateTime EPOCH = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** Writes the entries of a feed. */
    @FunctionalInterface
    public interface Entries {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Atom() {}

    /** The whole feed document for a feed whose times are instants; {@code updated} null as below. */
    public static byte[] feed(
            String id, String title, Instant updated, String self, String alternate, Entries entries) {
        return feed(id, title, iso(updated == null ? PortalTime.instant(EPOCH) : updated), self, alternate, entries);
    }

    /** The whole feed document; {@code updated} null (an empty feed) is written as a fixed early date. */
    public static byte[] feed(
            String id, String title, LocalDateTime updated, String self, String alternate, Entries entries) {
        return feed(id, title, iso(updated == null ? EPOCH : updated), self, alternate, entries);
    }

    private static byte[] feed(
            String id, String title, String updated, String self, String alternate, Entries entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", updated);
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", alternate, "text/html");
            entries.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed " + id, e);
        }
        return out.toByteArray();
    }

    public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** A summary or content element of {@code type="text"}: a reader shows it as text, never as HTML. */
    public static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    public static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** An instant as the feed writes times: with the offset it had in the portal's zone. */
    public static String iso(Instant time) {
        return PortalTime.withOffset(time).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static String iso(LocalDateTime time) {
        return time.atZone(PortalTime.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

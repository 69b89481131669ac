package se.ambassadorsportalen.organisation.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import se.ambassadorsportalen.platform.PortalException;

/**
 * Turns an uploaded logo into what the portal stores and shows to everyone: the type is decided by
 * the bytes (never the name), the size is capped before anything is parsed, and nothing of the file
 * reaches a page but what is known to be harmless.
 * <ul>
 * <li>A <b>PNG</b> is decoded (its pixel count read from the header first, so a decompression bomb
 * is refused cheaply) and written anew: no text chunk, metadata or trailing bytes survive.</li>
 * <li>An <b>SVG</b> is parsed by the JDK's XML parser with DOCTYPEs refused (so no external entity,
 * XXE, and no entity expansion) and copied into a new document through an allow-list: only drawing
 * elements and presentation attributes, links only to {@code #ids} in the same file. Scripts,
 * {@code on*} handlers, {@code foreignObject}, images, style sheets, animations and every external
 * reference are left behind. No sanitiser library for SVG is among the portal's known-good
 * dependencies (jsoup's safelists are for HTML), hence this small allow-list.</li>
 * </ul>
 */
public final class LogoFile {

    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";
    /** A logo is small: 256 kB is plenty for either kind. */
    public static final int MAX_BYTES = 256 * 1024;

    static final int MAX_EDGE = 2000;
    static final int MAX_ELEMENTS = 5000;
    private static final String FIELD = "logo";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "title",
            "desc",
            "defs",
            "linearGradient",
            "radialGradient",
            "stop",
            "clipPath",
            "symbol",
            "use");
    private static final Set<String> TEXT_ELEMENTS = Set.of("text", "tspan", "title", "desc");
    private static final Set<String> ATTRIBUTES = Set.of(
            "id",
            "d",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "fx",
            "fy",
            "width",
            "height",
            "viewBox",
            "points",
            "preserveAspectRatio",
            "version",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-miterlimit",
            "stroke-dasharray",
            "stroke-dashoffset",
            "stroke-opacity",
            "opacity",
            "clip-rule",
            "clip-path",
            "transform",
            "offset",
            "stop-color",
            "stop-opacity",
            "gradientUnits",
            "gradientTransform",
            "spreadMethod",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "text-anchor",
            "dominant-baseline",
            "letter-spacing",
            "role",
            "aria-label");
    /** A value may point into the same file ({@code url(#id)}), never anywhere else. */
    private static final Pattern URL_REFERENCE =
            Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern LOCAL_ID = Pattern.compile("#[A-Za-z_][\\w.-]*");

    /** A cleaned logo, ready to store and serve. */
    public record Logo(String contentType, byte[] bytes) {}

    private LogoFile() {}

    public static Logo clean(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.tooLarge", MAX_BYTES / 1024);
        }
        if (isPng(bytes)) {
            return new Logo(PNG, cleanPng(bytes));
        }
        if (looksLikeXml(bytes)) {
            return new Logo(SVG, cleanSvg(bytes));
        }
        throw PortalException.invalidField(FIELD, "organisation.profile.logo.type");
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length > 8
                && (bytes[0] & 0xFF) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0D
                && bytes[5] == 0x0A
                && bytes[6] == 0x1A
                && bytes[7] == 0x0A;
    }

    private static boolean looksLikeXml(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return start.startsWith("<");
    }

    private static byte[] cleanPng(byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.unreadable");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_EDGE || height > MAX_EDGE) {
                throw PortalException.invalidField(FIELD, "organisation.profile.logo.tooManyPixels", MAX_EDGE);
            }
            BufferedImage decoded = reader.read(0);
            BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            copy.getGraphics().drawImage(decoded, 0, 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(copy, "png", out)) {
                throw PortalException.invalidField(FIELD, "organisation.profile.logo.unreadable");
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static byte[] cleanSvg(byte[] bytes) {
        Document source = parse(bytes);
        Element root = source.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.type");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document target = factory.newDocumentBuilder().newDocument();
            int[] budget = {MAX_ELEMENTS};
            target.appendChild(copy(root, target, budget));
            return serialise(target);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("The JDK's XML support is incomplete", e);
        }
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: that closes external entities (XXE) and entity expansion ("billion laughs").
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.unreadable");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    /** A new element with the allowed attributes and children of {@code from}; what is not allowed stays behind. */
    private static Element copy(Element from, Document target, int[] budget) {
        if (--budget[0] < 0) {
            throw PortalException.invalidField(FIELD, "organisation.profile.logo.tooComplex", MAX_ELEMENTS);
        }
        Element to = target.createElementNS(SVG_NS, from.getLocalName());
        NamedNodeMap attributes = from.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            copyAttribute(attribute, to);
        }
        for (Node child = from.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && SVG_NS.equals(element.getNamespaceURI())
                    && ELEMENTS.contains(element.getLocalName())) {
                to.appendChild(copy(element, target, budget));
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && TEXT_ELEMENTS.contains(from.getLocalName())) {
                to.appendChild(target.createTextNode(child.getNodeValue()));
            }
        }
        return to;
    }

    private static void copyAttribute(Attr attribute, Element to) {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName();
        String value = attribute.getValue();
        boolean href = "href".equals(name) && (namespace == null || XLINK_NS.equals(namespace));
        if (href) {
            // <use> may show a shape defined in the same file; nothing else is linked.
            if (LOCAL_ID.matcher(value.strip()).matches()) {
                to.setAttribute("href", value.strip()); // SVG 2 spelling: no namespace to declare
            }
            return;
        }
        if (namespace != null || !ATTRIBUTES.contains(name) || !safeValue(value)) {
            return;
        }
        to.setAttribute(name, value);
    }

    /** No reference out of the file and nothing a browser could run, whatever attribute carries it. */
    static boolean safeValue(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("javascript:")
                || lower.contains("data:")
                || lower.contains("expression(")
                || lower.contains("@import")
                || lower.contains("<")
                || lower.contains("\\")) {
            return false;
        }
        var references = URL_REFERENCE.matcher(value);
        while (references.find()) {
            if (!LOCAL_ID.matcher(references.group(1).strip()).matches()) {
                return false;
            }
        }
        return !lower.replaceAll(URL_REFERENCE.pattern(), "").contains("url(");
    }

    private static byte[] serialise(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}

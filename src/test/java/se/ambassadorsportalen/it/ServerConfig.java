package se.ambassadorsportalen.it;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

/** The settings the test servers start with, read from the project's {@code liberty/server.xml}. */
final class ServerConfig {

    private static final Path SERVER_XML = Path.of("liberty/server.xml");

    private ServerConfig() {}

    /** The default value of the Liberty variable {@code name}, as a whole number. */
    static int variable(String name) {
        return Integer.parseInt(value("//variable[@name='" + name + "']/@defaultValue"));
    }

    /** What {@code xpath} finds in server.xml, empty when nothing. */
    static String value(String xpath) {
        try {
            return XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                            xpath,
                            DocumentBuilderFactory.newInstance()
                                    .newDocumentBuilder()
                                    .parse(SERVER_XML.toFile()));
        } catch (Exception e) {
            throw new AssertionError(xpath + " in " + SERVER_XML, e);
        }
    }
}

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
        try {
            String value = XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                            "//variable[@name='" + name + "']/@defaultValue",
                            DocumentBuilderFactory.newInstance()
                                    .newDocumentBuilder()
                                    .parse(SERVER_XML.toFile()));
            return Integer.parseInt(value);
        } catch (Exception e) {
            throw new AssertionError("variable " + name + " in " + SERVER_XML, e);
        }
    }
}

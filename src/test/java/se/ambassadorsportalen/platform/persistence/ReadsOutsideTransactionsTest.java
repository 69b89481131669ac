package se.ambassadorsportalen.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * An entity's lazy field read outside a transaction (in a filter, while a page renders) takes a
 * connection. From a transactional data source Liberty keeps that connection with the request
 * until the request ends, and the request's next EJB transaction needs a second one: in a load
 * run of 100 users on a pool of five (2026-12-02) every connection was held that way with its
 * request waiting for another, and 1,946 requests failed with J2CA0045E in two minutes. These
 * rules send such reads to a non-transactional data source, whose connections go back to the pool
 * when closed, and keep every read inside a transaction on the transaction's own connection.
 */
class ReadsOutsideTransactionsTest {

    private static final Document PERSISTENCE = parse(Path.of("src/main/resources/META-INF/persistence.xml"));
    private static final Document SERVER = parse(Path.of("liberty/server.xml"));

    @Test
    void jpaReadsOutsideATransactionThroughTheNonTransactionalDataSource() {
        assertEquals("jdbc/portalReads", text(PERSISTENCE, "//*[local-name()='non-jta-data-source']"));
        assertEquals("jdbc/portal", text(PERSISTENCE, "//*[local-name()='jta-data-source']"));
        assertEquals("false", text(SERVER, "//dataSource[@jndiName='jdbc/portalReads']/@transactional"));
    }

    @Test
    void bothDataSourcesReachTheSameDatabase() {
        assertEquals(
                text(SERVER, "//dataSource[@jndiName='jdbc/portal']/properties/@URL"),
                text(SERVER, "//dataSource[@jndiName='jdbc/portalReads']/properties/@URL"));
        assertEquals("${portal.db.url}", text(SERVER, "//dataSource[@jndiName='jdbc/portalReads']/properties/@URL"));
    }

    @Test
    void readsInsideATransactionUseTheTransactionsConnection() {
        assertEquals(
                "true",
                text(
                        PERSISTENCE,
                        "//*[local-name()='property'][@name='eclipselink.transaction.join-existing']/@value"));
    }

    private static String text(Document document, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file.toString(), e);
        }
    }
}

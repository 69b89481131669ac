package se.ambassadorsportalen.it;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The test server's heap, read through the JMX local connector that Liberty's
 * {@code localConnector-1.0} feature opens (the same one Arquillian deploys through): the heap
 * after a full collection, and how many instances of a class are alive, from the JVM's own class
 * histogram.
 */
final class ServerMemory implements AutoCloseable {

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private ServerMemory(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static ServerMemory connect() throws IOException {
        Path serverDir = Path.of(System.getProperty("liberty.server.dir", "target/liberty/wlp/usr/servers/portal"));
        String address = Files.readString(serverDir.resolve("logs/state/com.ibm.ws.jmx.local.address"))
                .trim();
        return new ServerMemory(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    /** Bytes in use on the heap after a full garbage collection. */
    long heapAfterFullGc() throws IOException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Live instances of the class with exactly this name (the histogram collects garbage first). */
    long liveInstances(String className) throws IOException {
        try {
            String histogram = (String) server.invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            Matcher row = Pattern.compile(
                            "^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                            Pattern.MULTILINE)
                    .matcher(histogram);
            return row.find() ? Long.parseLong(row.group(1)) : 0;
        } catch (JMException e) {
            throw new IOException("The class histogram could not be read", e);
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}

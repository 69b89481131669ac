package se.ambassadorsportalen.it;

import java.io.File;
import java.util.List;
import java.util.Set;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the WAR that {@code mvn package} just made, so tests run
 * exactly what users run. {@link #modules(String...)} keeps the platform and organisation and
 * only the named business modules, by package: no hand-kept class lists.
 */
public final class Deployments {

    /** Every business module's package under {@code se.ambassadorsportalen}. */
    public static final List<String> BUSINESS_MODULES =
            List.of("policy", "ambassador", "story", "press", "recommendation", "followup", "news", "lobbying");

    private static final String CLASSES = "/WEB-INF/classes/se/ambassadorsportalen/";

    private Deployments() {}

    /** The whole portal. */
    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    /** The platform, the organisation and the given business modules (e.g. "policy"). */
    public static WebArchive modules(String... keep) {
        WebArchive war = portal();
        Set<String> kept = Set.of(keep);
        for (String module : BUSINESS_MODULES) {
            if (!kept.contains(module)) {
                List<ArchivePath> paths = war.getContent().keySet().stream()
                        .filter(path -> path.get().startsWith(CLASSES + module + "/"))
                        .toList();
                paths.forEach(war::delete);
            }
        }
        return war;
    }
}

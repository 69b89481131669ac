package se.ambassadorsportalen.platform.demo;

/**
 * A module's demo content. The portal loads each module's content once, in {@link #order()},
 * into a database that started empty with demo mode on; a module added later loads its content
 * into an existing demo database on the next start. Implementations write through their own
 * module's {@code EntityManager} (there is no signed-in user at start-up) and run inside the
 * transaction {@link DemoLoader} opens for them.
 */
public interface DemoContent {

    /** A stable name, recorded so the content is loaded only once. */
    String module();

    /** Lower loads first; the organisation is 0, modules use 10, 20, ... */
    int order();

    void load();

    /** The smallest demo size that includes this content: the large profile's volume declares {@link DemoSize#LARGE}. */
    default DemoSize size() {
        return DemoSize.SMALL;
    }
}

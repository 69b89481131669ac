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

    /** Loads the default demo organisation's content (Region Fjällmark). */
    void load();

    /**
     * Loads the content of the chosen demo organisation; called only when {@link #serves} it. Content
     * with rows for more than one organisation implements {@link ForEveryOrganisation} (or overrides
     * this and {@link #serves}, as the organisation's own content does).
     */
    default void load(DemoOrganisation organisation) {
        load();
    }

    /** Whether this content has rows for the organisation; most modules have the default region's only. */
    default boolean serves(DemoOrganisation organisation) {
        return organisation == DemoOrganisation.FJALLMARK;
    }

    /** The smallest demo size that includes this content: the large profile's volume declares {@link DemoSize#LARGE}. */
    default DemoSize size() {
        return DemoSize.SMALL;
    }

    /**
     * Content with rows for every demo organisation: the default region's come from {@link #load()}
     * as before, another organisation's from {@link #loadOther}.
     */
    interface ForEveryOrganisation extends DemoContent {

        @Override
        default boolean serves(DemoOrganisation organisation) {
            return true;
        }

        @Override
        default void load(DemoOrganisation organisation) {
            if (organisation == DemoOrganisation.FJALLMARK) {
                load();
            } else {
                loadOther(organisation);
            }
        }

        /** Loads the rows of an organisation other than the default region. */
        void loadOther(DemoOrganisation organisation);
    }

    /**
     * Content loaded the same way for every organisation from that organisation's rows (one table of
     * rows per organisation and one loop): the loader says which rows an organisation has and loads
     * whichever rows it is given.
     */
    interface FromRows<R> extends ForEveryOrganisation {

        /** The organisation's rows. */
        R rows(DemoOrganisation organisation);

        /** Loads these rows. */
        void loadRows(R rows);

        @Override
        default void load() {
            loadRows(rows(DemoOrganisation.FJALLMARK));
        }

        @Override
        default void loadOther(DemoOrganisation organisation) {
            loadRows(rows(organisation));
        }
    }
}

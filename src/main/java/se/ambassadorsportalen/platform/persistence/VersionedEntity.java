package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Identity and optimistic locking for every entity. Ids come from one database sequence
 * (EclipseLink's IDENTITY DDL does not suit H2 2.x), and {@code @Version} turns two people
 * saving the same record at once into a clear conflict instead of a lost update.
 */
@MappedSuperclass
public abstract class VersionedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ids EclipseLink takes per sequence value; SQL that writes rows itself takes its ids the same way. */
    public static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((VersionedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}

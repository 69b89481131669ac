package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps every {@link Instant} field to a {@code TIMESTAMP WITH TIME ZONE} column. The EclipseLink of
 * Liberty's persistence-3.1 (4.0) knows {@code OffsetDateTime} but not {@code Instant} (that came
 * with Jakarta Persistence 3.2) and would otherwise serialise it into a binary column. The value
 * goes to the database at UTC: the column keeps the instant, so which zone the JVM, the database
 * session or the portal is in plays no part in what is stored.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    /**
     * An instant as a {@code TIMESTAMP WITH TIME ZONE} parameter for plain JDBC, the way this
     * converter hands it to EclipseLink: an {@code OffsetDateTime} at UTC, which H2's and
     * PostgreSQL's drivers bind alike, so the database compares instant with instant whatever zone
     * its session or the JVM is in (a {@code Timestamp} has no zone and is read in the session's).
     * Null stays null.
     */
    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return toColumn(instant);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}

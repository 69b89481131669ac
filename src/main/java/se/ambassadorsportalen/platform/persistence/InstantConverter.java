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

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}

package se.ambassadorsportalen.platform.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The API's JSON-B: the defaults, except that a date or time in a request body must fall in the
 * portal's years ({@link PortalTime#FIRST_YEAR} to {@link PortalTime#LAST_YEAR}). JSON-B alone
 * reads "+999999999-12-31", which overflows the first week added to it and fits no database
 * column; refused here, it is an unreadable field like any other, a 400 problem at that field
 * ({@link ProblemMappers}), for every body of the API at once.
 */
@Provider
public class PortalJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB =
            JsonbBuilder.create(new JsonbConfig().withDeserializers(new DateInPortalYears(), new TimeInPortalYears()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An ISO date ("2026-11-25") in the portal's years. */
    static final class DateInPortalYears implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, PortalTime::parseDate);
        }
    }

    /** An ISO local date and time ("2026-11-25T10:00") in the portal's years. */
    static final class TimeInPortalYears implements JsonbDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, PortalJsonb::localTime);
        }
    }

    /** The value at the parser read by {@code parse}, null for JSON null; anything else is unreadable. */
    private static <T> T read(JsonParser parser, Function<String, T> parse) {
        JsonValue value = parser.getValue();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new JsonbException("Not a date or time: " + value);
        }
        try {
            return parse.apply(text.getString());
        } catch (DateTimeParseException e) {
            throw new JsonbException("Not a date or time in the portal's years: " + text.getString(), e);
        }
    }

    private static LocalDateTime localTime(String text) {
        LocalDateTime time = LocalDateTime.parse(text.trim());
        if (!PortalTime.withinYears(time.toLocalDate())) {
            throw new DateTimeParseException("outside the portal's years", text, 0);
        }
        return time;
    }
}

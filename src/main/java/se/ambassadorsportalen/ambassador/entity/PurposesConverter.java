package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of purposes as "AMBASSADOR,RELAY": three values do not need a table. */
@Converter
public class PurposesConverter implements AttributeConverter<Set<Purpose>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Purpose> purposes) {
        return purposes == null
                ? ""
                : purposes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Purpose> convertToEntityAttribute(String text) {
        EnumSet<Purpose> set = EnumSet.noneOf(Purpose.class);
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Purpose::valueOf)
                    .forEach(set::add);
        }
        return set;
    }
}

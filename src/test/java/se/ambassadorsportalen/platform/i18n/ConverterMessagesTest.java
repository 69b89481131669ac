package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a date, time or number field says when it cannot read what was typed. Faces and PrimeFaces
 * show the detail at the field and pass {0} the typed text, {1} an example of their own and {2}
 * the field's label; a key left out falls back to the converter's English default.
 */
class ConverterMessagesTest {

    private static final List<String> CONVERTERS = List.of(
            "jakarta.faces.converter.IntegerConverter.INTEGER",
            "jakarta.faces.converter.LongConverter.LONG",
            "jakarta.faces.converter.BigDecimalConverter.DECIMAL",
            "jakarta.faces.converter.DoubleConverter.DOUBLE",
            "jakarta.faces.converter.DateTimeConverter.DATE",
            "jakarta.faces.converter.DateTimeConverter.DATETIME");

    @ParameterizedTest(name = "faces{0}.properties")
    @ValueSource(strings = {"", "_en", "_da"})
    void everyConverterMessageAndItsDetailNameTheFieldAndWhatWasTyped(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/faces" + language + ".properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        for (String key : CONVERTERS) {
            for (String variant : List.of(key, key + "_detail")) {
                String text = bundle.getProperty(variant);
                assertThat(text).as(variant).isNotNull();
                assertThat(new MessageFormat(text, Locale.ROOT)
                                .format(new Object[] {"i morgon", "2026-11-23", "Deadline"}))
                        .as(variant)
                        .startsWith("Deadline: ")
                        .contains("i morgon");
            }
        }
    }
}

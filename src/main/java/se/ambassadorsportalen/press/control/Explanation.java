package se.ambassadorsportalen.press.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * A sentence of a routing explanation as a message key of the press bundle with its arguments,
 * so that the boundary can say it in the reader's language. Arguments are plain texts, as the API
 * gives them; a time among them is written in one fixed form ({@link #time}), which
 * {@link #text} turns into the reader's own date format.
 */
public record Explanation(String key, List<String> arguments) {

    /** The one form a time travels in (and the API shows): ISO's date and minutes. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String key, String... arguments) {
        return new Explanation(key, List.of(arguments));
    }

    /** A time as an argument (e.g. "away until ..."). */
    public static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /**
     * The sentence in a language: an argument that is a key of the press bundle is translated too,
     * and a time is written as the language writes dates ({@code 30.11.2026 08:00} in Danish).
     */
    public String text(Locale locale) {
        Object[] inLanguage =
                arguments.stream().map(argument -> argument(argument, locale)).toArray();
        return Messages.text(locale, key, inLanguage);
    }

    private static String argument(String argument, Locale locale) {
        if (argument.startsWith("press.") && Messages.exists(argument)) {
            return Messages.text(locale, argument);
        }
        if (argument.length() == 16 && Character.isDigit(argument.charAt(0))) {
            try {
                return Messages.dateTimeFormat(locale).format(LocalDateTime.parse(argument, TIME));
            } catch (DateTimeParseException notATime) {
                return argument;
            }
        }
        return argument;
    }
}

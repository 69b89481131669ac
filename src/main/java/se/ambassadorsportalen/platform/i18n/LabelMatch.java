package se.ambassadorsportalen.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a filter box over an enum column (a status, a kind) means: the constants whose label in the
 * reader's language contains the text, case-insensitively. The table shows "Ny", so "ny" finds the
 * new ones; a text no label contains finds nothing. The constant's own name (NEW) matches as well,
 * as the API's clients send it.
 */
public final class LabelMatch {

    private LabelMatch() {}

    /** The constants of {@code type} (a {@link LabelKeys} enum) that {@code text} names; all for no text. */
    public static <E extends Enum<E>> List<E> of(Class<E> type, String text, Locale language) {
        E[] constants = type.getEnumConstants();
        if (text == null || text.isBlank()) {
            return List.of(constants);
        }
        Locale reader = language == null ? Languages.DEFAULT : language;
        String typed = text.trim().toLowerCase(reader);
        String prefix = type.getAnnotation(LabelKeys.class).value();
        return Arrays.stream(constants)
                .filter(constant -> Messages.text(reader, prefix + constant.name())
                                .toLowerCase(reader)
                                .contains(typed)
                        || constant.name().equalsIgnoreCase(text.trim()))
                .toList();
    }
}

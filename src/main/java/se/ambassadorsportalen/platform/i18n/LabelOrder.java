package se.ambassadorsportalen.platform.i18n;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The constants of a {@link LabelKeys} enum in the alphabetical order of their labels in one
 * language: "Avböjd, Godkänd, Utkast" in Swedish is "Approved, Declined, Draft" in English, an order
 * the constants' names (APPROVED, DECLINED, DRAFT) give only by chance.
 */
public final class LabelOrder {

    private LabelOrder() {}

    /** Whether {@code type} is an enum whose labels {@link #of} can order. */
    public static boolean applies(Class<?> type) {
        return type.isEnum() && type.isAnnotationPresent(LabelKeys.class);
    }

    /** The constants of {@code type}, ordered by their labels in {@code language}; ties keep declaration order. */
    public static <E extends Enum<E>> List<E> of(Class<E> type, Locale language) {
        String prefix = type.getAnnotation(LabelKeys.class).value();
        Locale reader = language == null ? Languages.DEFAULT : language;
        Comparator<String> alphabet = Collation.of(reader);
        return Arrays.stream(type.getEnumConstants())
                .sorted(Comparator.comparing(constant -> Messages.text(reader, prefix + constant.name()), alphabet))
                .toList();
    }
}

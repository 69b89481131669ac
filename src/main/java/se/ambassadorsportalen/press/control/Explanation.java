package se.ambassadorsportalen.press.control;

import java.util.List;

/**
 * A sentence of a routing explanation as a message key of the press bundle with its arguments,
 * so that the boundary can say it in Swedish or English. Arguments are plain texts.
 */
public record Explanation(String key, List<String> arguments) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String key, String... arguments) {
        return new Explanation(key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}

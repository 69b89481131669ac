package se.ambassadorsportalen.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule the user broke, told in the user's language. The message is a resource-bundle key
 * with arguments; the web layer and the REST mappers translate it. {@code field} names the
 * input the message belongs to, when there is one, so that forms show it beside that field.
 * Rolls back the transaction: a refused change leaves nothing half-done.
 */
@ApplicationException(rollback = true)
public class PortalException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final Kind kind;
    private final String key;
    private final String field;
    private final transient Object[] arguments;

    public PortalException(Kind kind, String key, String field, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.key = key;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public static PortalException invalid(String key, Object... arguments) {
        return new PortalException(Kind.INVALID, key, null, arguments);
    }

    public static PortalException invalidField(String field, String key, Object... arguments) {
        return new PortalException(Kind.INVALID, key, field, arguments);
    }

    public static PortalException notFound(String key, Object... arguments) {
        return new PortalException(Kind.NOT_FOUND, key, null, arguments);
    }

    public static PortalException conflict(String key, Object... arguments) {
        return new PortalException(Kind.CONFLICT, key, null, arguments);
    }

    public static PortalException forbidden(String key, Object... arguments) {
        return new PortalException(Kind.FORBIDDEN, key, null, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

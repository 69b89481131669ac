package se.ambassadorsportalen.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.ConcurrentWrites;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json} in the
 * caller's language (Accept-Language). Unexpected errors are logged with their stack trace on
 * the server and answered with a plain sentence.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,60})'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        Locale locale =
                headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
        if (e instanceof PortalException portal) {
            Status status = switch (portal.kind()) {
                case INVALID -> Status.BAD_REQUEST;
                case NOT_FOUND -> Status.NOT_FOUND;
                case CONFLICT -> Status.CONFLICT;
                case FORBIDDEN -> Status.FORBIDDEN;
            };
            return Problem.response(
                    status,
                    Problem.RULE_TYPE + portal.key(),
                    status.getReasonPhrase(),
                    Messages.text(locale, portal.key(), portal.arguments()),
                    portal.field());
        }
        if (e instanceof ConstraintViolationException violations) {
            String detail = violations.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .sorted()
                    .collect(Collectors.joining("; "));
            String field = violations.getConstraintViolations().stream()
                    .findFirst()
                    .map(v -> lastNode(v.getPropertyPath().toString()))
                    .orElse(null);
            return Problem.response(Status.BAD_REQUEST, Status.BAD_REQUEST.getReasonPhrase(), detail, field);
        }
        if (ConcurrentWrites.isConflict(e)) {
            return Problem.response(
                    Status.CONFLICT,
                    Status.CONFLICT.getReasonPhrase(),
                    Messages.text(locale, "platform.error.conflict"),
                    null);
        }
        if (e instanceof EJBAccessException || e instanceof ForbiddenException) {
            return Problem.response(
                    Status.FORBIDDEN,
                    Status.FORBIDDEN.getReasonPhrase(),
                    Messages.text(locale, "platform.error.forbidden"),
                    null);
        }
        if (e instanceof NotFoundException) {
            return Problem.response(
                    Status.NOT_FOUND,
                    Status.NOT_FOUND.getReasonPhrase(),
                    Messages.text(locale, "platform.error.notFound"),
                    null);
        }
        Optional<RequestBodyLimit.BodyTooLarge> tooLarge = causeOfType(thrown, RequestBodyLimit.BodyTooLarge.class);
        if (tooLarge.isPresent()) {
            return Problem.response(
                    Status.REQUEST_ENTITY_TOO_LARGE,
                    Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(),
                    Messages.text(
                            locale,
                            "platform.error.bodyTooLarge",
                            tooLarge.get().limitInMegabytes()),
                    null);
        }
        Optional<Throwable> unreadable = unreadableBody(thrown);
        if (unreadable.isPresent()) {
            String field = propertyNamed(unreadable.get().getMessage());
            return Problem.response(
                    Status.BAD_REQUEST,
                    Status.BAD_REQUEST.getReasonPhrase(),
                    Messages.text(
                            locale,
                            field == null ? "platform.error.unreadableBody" : "platform.error.unreadableField",
                            field),
                    field);
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.response(
                    status, status.getReasonPhrase(), Messages.text(locale, "platform.error.badRequest"), null);
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", thrown);
        return Problem.response(
                Status.INTERNAL_SERVER_ERROR,
                Status.INTERNAL_SERVER_ERROR.getReasonPhrase(),
                Messages.text(locale, "platform.error.unexpected"),
                null);
    }

    /** EJB containers wrap what a boundary throws; the cause is what the caller needs to hear about. */
    public static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException && !(e instanceof EJBAccessException)
                        || e.getClass().getName().equals("jakarta.transaction.RollbackException"))
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof jakarta.persistence.PersistenceException && e.getCause() instanceof PortalException cause) {
            return cause;
        }
        return e;
    }

    /**
     * A request body that is not JSON, or JSON of the wrong shape or types: the JSON-B or JSON-P
     * failure somewhere in the cause chain, however the REST runtime wrapped it.
     */
    static Optional<Throwable> unreadableBody(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.json.JsonException) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    /** The property JSON-B names in its message ("Unable to deserialize property 'days' ..."), if any. */
    static String propertyNamed(String message) {
        Matcher property = PROPERTY.matcher(message == null ? "" : message);
        return property.find() ? property.group(1) : null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

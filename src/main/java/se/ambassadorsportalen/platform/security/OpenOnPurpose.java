package se.ambassadorsportalen.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says why a boundary method carries {@code @PermitAll}: open to every caller, also to nobody signed in
 * (timers, the login page, the public careers site). The architecture tests refuse a {@code @PermitAll}
 * without it, so opening a method is always a decision written where the method is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenOnPurpose {

    /** Who calls the method without a role, and why that is safe. */
    String value();
}

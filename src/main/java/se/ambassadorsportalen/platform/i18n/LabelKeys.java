package se.ambassadorsportalen.platform.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where an enum's labels are in the resource bundles: the key of a constant's label is this prefix
 * followed by the constant's name ({@code "story.status."} gives {@code "story.status.DRAFT"}). A
 * list sorted by a column of such an enum sorts by the label the reader sees, in the reader's
 * alphabet, instead of by the constant's name, which no reader ever sees.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LabelKeys {

    /** The prefix of the constants' label keys, ending in a dot. */
    String value();
}

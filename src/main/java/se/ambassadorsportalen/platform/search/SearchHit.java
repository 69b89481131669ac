package se.ambassadorsportalen.platform.search;

import java.io.Serializable;

/**
 * One thing found: its title and a line of detail as the reader should see them (plain text, the
 * page escapes it), and the page that opens it ({@code path} relative to the context root).
 */
public record SearchHit(String title, String detail, String path) implements Serializable {}

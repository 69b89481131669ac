package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.function.Function;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;

/**
 * A row's place in the alphabet of each interface language, for lists sorted and paged in the
 * database: one {@link Collation#key} per language in the columns {@code sort_key_sv},
 * {@code sort_key_en} and {@code sort_key_da} beside the text it sorts (a person's name, a unit's
 * name, an inquiry's outlet). A database sorts text by its own collation, which neither knows the
 * reader's language nor is the same on H2 and PostgreSQL; bytes sort the same everywhere. The
 * entity makes new keys whenever the text changes ({@link #of}); {@code V97_2} filled the rows
 * written before. {@link Queries#page} sorts by the reader's column when a sort field names an
 * attribute of this type.
 */
@Embeddable
public class SortKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sort_key_sv", length = Collation.KEY_BYTES)
    private byte[] sv;

    @Column(name = "sort_key_en", length = Collation.KEY_BYTES)
    private byte[] en;

    @Column(name = "sort_key_da", length = Collation.KEY_BYTES)
    private byte[] da;

    /** The columns, for SQL that writes rows itself (imports, demo volumes): in the order of {@link #values}. */
    public static final String COLUMNS = columns("sort_key");

    /**
     * The columns of keys an entity keeps under another name, beside its main ones (a person's
     * {@code first_name_key_sv, first_name_key_en, first_name_key_da}), in the order of {@link #values}.
     */
    public static String columns(String prefix) {
        return prefix + "_sv, " + prefix + "_en, " + prefix + "_da";
    }

    protected SortKeys() {}

    /** The keys of texts compared in turn (a last name, then a first name). */
    public static SortKeys of(String... texts) {
        SortKeys keys = new SortKeys();
        keys.sv = Collation.key(Languages.DEFAULT, texts);
        keys.en = Collation.key(Locale.ENGLISH, texts);
        keys.da = Collation.key(Languages.DANISH, texts);
        return keys;
    }

    /**
     * The keys of a text each language reads differently (a policy's title is English for English
     * readers, Swedish for the others): each language's key is of its own reader's text.
     */
    public static SortKeys each(Function<Locale, String> text) {
        SortKeys keys = new SortKeys();
        keys.sv = Collation.key(Languages.DEFAULT, text.apply(Languages.DEFAULT));
        keys.en = Collation.key(Locale.ENGLISH, text.apply(Locale.ENGLISH));
        keys.da = Collation.key(Languages.DANISH, text.apply(Languages.DANISH));
        return keys;
    }

    /**
     * The JPQL path of {@code language}'s key under an attribute of this type, for queries written
     * by hand ({@code "p.sortKeys"} gives {@code "p.sortKeys.da"}): the pickers order their matches
     * by it before the limit, so the first suggestions are the first in the reader's alphabet.
     */
    public static String path(String sortKeys, Locale language) {
        return sortKeys + "." + attribute(language);
    }

    /** The attribute holding the key of {@code language}: Swedish for a language the portal does not speak. */
    static String attribute(Locale language) {
        String code = language == null ? "" : language.getLanguage();
        return switch (code) {
            case "en", "da" -> code;
            default -> "sv";
        };
    }

    /** The keys in the order of {@link #COLUMNS}, for a JDBC statement. */
    public byte[][] values() {
        return new byte[][] {sv.clone(), en.clone(), da.clone()};
    }

    /**
     * A row's values for SQL that writes rows itself, followed by the values of each of {@code keys}
     * in turn, for a statement that names their columns last, in the same order.
     */
    public static Object[] appended(Object[] values, SortKeys... keys) {
        Object[] row = java.util.Arrays.copyOf(values, values.length + keys.length * 3);
        for (int i = 0; i < keys.length; i++) {
            System.arraycopy(keys[i].values(), 0, row, values.length + i * 3, 3);
        }
        return row;
    }

    /** The key in {@code language}'s alphabet (a copy). */
    public byte[] in(Locale language) {
        byte[] key = switch (attribute(language)) {
            case "en" -> en;
            case "da" -> da;
            default -> sv;
        };
        return key == null ? null : key.clone();
    }
}

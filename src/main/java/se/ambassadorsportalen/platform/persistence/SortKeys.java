package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
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
    public static final String COLUMNS = "sort_key_sv, sort_key_en, sort_key_da";

    protected SortKeys() {}

    /** The keys of texts compared in turn (a last name, then a first name). */
    public static SortKeys of(String... texts) {
        SortKeys keys = new SortKeys();
        keys.sv = Collation.key(Languages.DEFAULT, texts);
        keys.en = Collation.key(Locale.ENGLISH, texts);
        keys.da = Collation.key(Languages.DANISH, texts);
        return keys;
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

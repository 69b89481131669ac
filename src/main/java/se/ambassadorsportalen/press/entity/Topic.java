package se.ambassadorsportalen.press.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A term of the controlled vocabulary press officers route by, with its synonyms ("tandvård",
 * "tandläkare" for Folktandvården) and the area (an administration's unit code) it belongs to.
 * Synonyms are kept as one comma-separated text: they are only ever read whole.
 */
@Entity
@Table(name = "press_topic")
public class Topic extends VersionedEntity {

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9-]+", message = "{press.topic.code.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** The name in each language's alphabet: the vocabulary's page sorts by these. */
    @Embedded
    private SortKeys sortKeys;

    @Size(max = 2000)
    private String synonyms;

    @NotBlank
    @Size(max = 40)
    @Column(name = "area_code", nullable = false, length = 40)
    private String areaCode;

    protected Topic() {}

    public Topic(String code, String name, String areaCode, String... synonyms) {
        this.code = code;
        this.name = name;
        this.sortKeys = SortKeys.of(name);
        this.areaCode = areaCode;
        setSynonyms(List.of(synonyms));
    }

    /** Synonyms as a person types them in one field: separated by commas or new lines. */
    public static List<String> synonymsTyped(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\n]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /**
     * Names the topic, places it in an area and replaces its synonyms; refused at the field when the
     * name is missing or a text is too long. Synonyms are kept in lower case, once each.
     */
    public void describe(String newName, String newAreaCode, List<String> newSynonyms) {
        if (newName == null || newName.isBlank()) {
            throw PortalException.invalidField("name", "press.topic.nameRequired");
        }
        if (newName.trim().length() > 200) {
            throw PortalException.invalidField("name", "press.topic.nameTooLong", 200);
        }
        if (newAreaCode == null || newAreaCode.isBlank()) {
            throw PortalException.invalidField("area", "press.topic.areaRequired");
        }
        List<String> cleaned = newSynonyms == null
                ? List.of()
                : newSynonyms.stream().filter(s -> s != null).toList();
        if (cleaned.stream().anyMatch(s -> s.contains(","))) {
            throw PortalException.invalidField("synonyms", "press.topic.synonymComma");
        }
        String previous = synonyms;
        setSynonyms(cleaned);
        if (synonyms != null && synonyms.length() > 2000) {
            synonyms = previous;
            throw PortalException.invalidField("synonyms", "press.topic.synonymsTooLong", 2000);
        }
        this.name = newName.trim();
        this.sortKeys = SortKeys.of(this.name);
        this.areaCode = newAreaCode.trim().toUpperCase(Locale.ROOT);
    }

    public List<String> synonymList() {
        return synonyms == null || synonyms.isBlank()
                ? List.of()
                : Arrays.stream(synonyms.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public void setSynonyms(List<String> values) {
        String joined = String.join(
                ", ",
                values.stream()
                        .map(String::trim)
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList());
        this.synonyms = joined.isEmpty() ? null : joined;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.sortKeys = SortKeys.of(name);
    }

    public String getSynonyms() {
        return synonyms;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    @Override
    public String toString() {
        return name;
    }
}

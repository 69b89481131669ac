package se.ambassadorsportalen.brandplan.api;

/**
 * A record's texts in one language: its name, what it means, and (for brand associations) its
 * attributes, one per line. Only the name is required.
 */
public record Wording(String name, String description, String attributes) {

    // Jakarta EL 5 reads JavaBean properties, not record components.
    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAttributes() {
        return attributes;
    }
}

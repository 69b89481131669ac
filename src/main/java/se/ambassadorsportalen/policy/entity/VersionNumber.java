package se.ambassadorsportalen.policy.entity;

import se.ambassadorsportalen.platform.PortalException;

/**
 * A document's version, "major.minor". A new major version changes what employees must know
 * and asks them to acknowledge again; a minor version corrects wording and does not.
 */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {

    public static final VersionNumber FIRST = new VersionNumber(1, 0);

    public VersionNumber {
        if (major < 1 || minor < 0) {
            throw PortalException.invalidField("versionNumber", "policy.version.number.invalid", major + "." + minor);
        }
    }

    /** Reads "2", "2.0" or "2.1"; anything else is refused with a message for the version field. */
    public static VersionNumber parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("[0-9]{1,4}(\\.[0-9]{1,4})?")) {
            throw PortalException.invalidField("versionNumber", "policy.version.number.invalid", trimmed);
        }
        String[] parts = trimmed.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if (major < 1) {
            throw PortalException.invalidField("versionNumber", "policy.version.number.invalid", trimmed);
        }
        return new VersionNumber(major, minor);
    }

    public VersionNumber nextMinor() {
        return new VersionNumber(major, minor + 1);
    }

    public VersionNumber nextMajor() {
        return new VersionNumber(major + 1, 0);
    }

    /** Whether going from {@code previous} to this version is a major change (one that asks for acknowledgement again). */
    public boolean isMajorStepFrom(VersionNumber previous) {
        return major > previous.major;
    }

    @Override
    public int compareTo(VersionNumber other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}

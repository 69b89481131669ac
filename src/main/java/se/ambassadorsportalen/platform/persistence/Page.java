package se.ambassadorsportalen.platform.persistence;

import java.util.List;

/** One page of a list that is paged in the database, with the total the pager needs. */
public record Page<T>(List<T> items, long total) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}

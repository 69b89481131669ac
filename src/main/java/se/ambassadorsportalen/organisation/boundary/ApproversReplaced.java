package se.ambassadorsportalen.organisation.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fired inside an HR import's transaction, after the organisation is written, for people who no
 * longer approve for their unit: they left, or stopped managing it. A module that waits for their
 * decisions (stories waiting for approval) hands them to the author's manager as the organisation
 * now stands, and says here how many it handed over and which it could not (no manager above the
 * author), so the import's report can flag them. Synchronous on purpose: it is part of the import,
 * and its failure rolls the import back.
 */
public final class ApproversReplaced {

    private final Set<Long> personIds;
    private int handedOver;
    private final List<String> flagged = new ArrayList<>();

    public ApproversReplaced(Set<Long> personIds) {
        this.personIds = Set.copyOf(personIds);
    }

    /** The people (ids) whose waiting decisions go to someone else. */
    public Set<Long> personIds() {
        return personIds;
    }

    public void handedOver(int count) {
        handedOver += count;
    }

    /** A waiting item nobody can decide now, described for the admin (e.g. a story's title and author). */
    public void flag(String description) {
        flagged.add(description);
    }

    public int handedOverCount() {
        return handedOver;
    }

    public List<String> flagged() {
        return List.copyOf(flagged);
    }
}

package se.ambassadorsportalen.recommendation.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the unit a survey row means. Survey tools export either the unit's code ("MED3") or its
 * name ("Medicinavdelning 3"), so both are accepted: the code first (exactly, then ignoring
 * case), then the name ignoring case and repeated spaces. A name that several
 * units share is never guessed: the row is reported with the codes to choose from.
 */
public final class UnitMatcher {

    /** A unit as the matcher knows it. */
    public record Candidate(long id, String code, String name) {}

    /** What a cell in the unit column turned out to be. */
    public sealed interface Match permits Found, Unknown, Ambiguous {}

    public record Found(long unitId) implements Match {}

    public record Unknown() implements Match {}

    /** Several units carry this name; their codes, sorted, so the row can say which to write. */
    public record Ambiguous(List<String> codes) implements Match {}

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byCodeIgnoringCase = new HashMap<>();
    private final Map<String, List<Candidate>> byName = new HashMap<>();

    public UnitMatcher(Iterable<Candidate> units) {
        for (Candidate unit : units) {
            byCode.put(unit.code(), unit.id());
            byCodeIgnoringCase.merge(key(unit.code()), unit.id(), (a, b) -> a);
            byName.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
        }
    }

    public Match match(String cell) {
        if (cell == null || cell.isBlank()) {
            return new Unknown();
        }
        String text = cell.trim();
        Long id = byCode.get(text);
        if (id == null) {
            id = byCodeIgnoringCase.get(key(text));
        }
        if (id != null) {
            return new Found(id);
        }
        List<Candidate> named = byName.getOrDefault(key(text), List.of());
        if (named.size() == 1) {
            return new Found(named.get(0).id());
        }
        if (named.isEmpty()) {
            return new Unknown();
        }
        return new Ambiguous(named.stream().map(Candidate::code).sorted().toList());
    }

    /** The unit's id when the cell names exactly one unit. */
    public Optional<Long> idOf(String cell) {
        return match(cell) instanceof Found found ? Optional.of(found.unitId()) : Optional.empty();
    }

    static String key(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC)
                        .trim()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(new Locale("sv"));
    }
}

package se.ambassadorsportalen.ambassador.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The breadth of the programme: how many active ambassadors each profession, administration,
 * town and unit has, against what the organisation has. Shortage professions (from the
 * competence-supply plan, kept as a setting) with no more than {@code few} ambassadors are
 * flagged, so communicators see where to recruit next. Pure calculation, no container.
 */
public final class Coverage {

    /** An active ambassador as the breadth figures see it. */
    public record Member(String profession, String administration, String town, long unitId) {}

    /** A unit with its headcount (the HR figure, or the number of people the portal knows). */
    public record UnitSize(long unitId, String name, String administration, long headcount) {}

    public record ProfessionRow(String profession, long ambassadors, long employees, boolean shortage, boolean flagged)
            implements Serializable {}

    public record CountRow(String name, long ambassadors) implements Serializable {}

    public record UnitRow(
            long unitId, String name, String administration, long ambassadors, long headcount, double sharePercent)
            implements Serializable {}

    public record Figures(
            long activeAmbassadors,
            List<ProfessionRow> professions,
            List<CountRow> administrations,
            List<CountRow> towns,
            List<UnitRow> units,
            List<String> flaggedShortages)
            implements Serializable {}

    private Coverage() {}

    /**
     * @param employeesByProfession how many employees each profession has
     * @param administrations every administration's name (so one without ambassadors shows 0)
     * @param towns every town employees work in
     */
    public static Figures of(
            Collection<Member> members,
            Map<String, Long> employeesByProfession,
            Collection<String> administrations,
            Collection<String> towns,
            Collection<UnitSize> units,
            Collection<String> shortageProfessions,
            int few) {
        Map<String, Long> byProfession = count(members, Member::profession);
        Set<String> shortage = shortageProfessions.stream().map(Coverage::key).collect(Collectors.toSet());

        Set<String> professionNames = new LinkedHashSet<>();
        professionNames.addAll(employeesByProfession.keySet());
        professionNames.addAll(shortageProfessions);
        professionNames.addAll(byProfession.keySet());
        Map<String, String> canonical = new TreeMap<>();
        professionNames.stream()
                .filter(name -> name != null && !name.isBlank())
                .forEach(name -> canonical.putIfAbsent(key(name), name.trim()));

        List<ProfessionRow> professions = new ArrayList<>();
        for (Map.Entry<String, String> entry : canonical.entrySet()) {
            long ambassadors = sumByKey(byProfession, entry.getKey());
            long employees = sumByKey(employeesByProfession, entry.getKey());
            boolean isShortage = shortage.contains(entry.getKey());
            professions.add(new ProfessionRow(
                    entry.getValue(), ambassadors, employees, isShortage, isShortage && ambassadors <= few));
        }
        professions.sort(Comparator.comparing(ProfessionRow::flagged)
                .reversed()
                .thenComparing(ProfessionRow::shortage, Comparator.reverseOrder())
                .thenComparing(ProfessionRow::ambassadors)
                .thenComparing(row -> row.profession().toLowerCase(Locale.ROOT)));

        List<CountRow> administrationRows = rows(administrations, count(members, Member::administration));
        List<CountRow> townRows = rows(towns, count(members, Member::town));

        Map<Long, Long> byUnit = members.stream().collect(Collectors.groupingBy(Member::unitId, Collectors.counting()));
        List<UnitRow> unitRows = units.stream()
                .map(unit -> {
                    long ambassadors = byUnit.getOrDefault(unit.unitId(), 0L);
                    return new UnitRow(
                            unit.unitId(),
                            unit.name(),
                            unit.administration(),
                            ambassadors,
                            unit.headcount(),
                            share(ambassadors, unit.headcount()));
                })
                .sorted(Comparator.comparingDouble(UnitRow::sharePercent).thenComparing(UnitRow::name))
                .toList();

        List<String> flagged = professions.stream()
                .filter(ProfessionRow::flagged)
                .map(ProfessionRow::profession)
                .toList();
        return new Figures(members.size(), List.copyOf(professions), administrationRows, townRows, unitRows, flagged);
    }

    /** Ambassadors per hundred employees, one decimal; 0 for a unit without headcount. */
    static double share(long ambassadors, long headcount) {
        return headcount <= 0 ? 0 : Math.round(ambassadors * 1000.0 / headcount) / 10.0;
    }

    private static List<CountRow> rows(Collection<String> names, Map<String, Long> counts) {
        Map<String, String> canonical = new TreeMap<>();
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(n -> canonical.putIfAbsent(key(n), n.trim()));
        counts.keySet().forEach(n -> canonical.putIfAbsent(key(n), n.trim()));
        return canonical.entrySet().stream()
                .map(entry -> new CountRow(entry.getValue(), sumByKey(counts, entry.getKey())))
                .sorted(Comparator.comparingLong(CountRow::ambassadors).thenComparing(CountRow::name))
                .toList();
    }

    private static Map<String, Long> count(Collection<Member> members, Function<Member, String> by) {
        return members.stream()
                .map(by)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.groupingBy(String::trim, Collectors.counting()));
    }

    private static long sumByKey(Map<String, Long> counts, String key) {
        return counts.entrySet().stream()
                .filter(e -> key(e.getKey()).equals(key))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** Parses the setting "Sjuksköterska, Tandläkare" (commas or new lines) into names. */
    public static List<String> parseList(String setting) {
        if (setting == null) {
            return List.of();
        }
        return java.util.Arrays.stream(setting.split("[,\\n]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}

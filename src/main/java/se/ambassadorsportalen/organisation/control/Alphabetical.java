package se.ambassadorsportalen.organisation.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.i18n.Collation;

/**
 * Units and people in the reader's alphabet, for the bounded lists people pick from (the unit
 * menus, the person pickers). The database's ORDER BY follows the database's own collation: H2 and
 * PostgreSQL disagree, and neither knows the reader's language, so a Swedish reader could see Åsa
 * before Anna and a Danish one Ærø between Aabenraa and Brande. Sorting the page already read costs
 * a comparison per pair and no statement.
 */
public final class Alphabetical {

    private Alphabetical() {}

    /** Administrations first, then units; by name in the reader's language, the code deciding a tie. */
    public static List<Unit> units(Collection<Unit> units, Locale locale) {
        Comparator<String> names = Collation.of(locale);
        return units.stream()
                .sorted(Comparator.comparing(Unit::getKind)
                        .thenComparing(Unit::getName, names)
                        .thenComparing(Unit::getCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** By last name, then first name, in the reader's language. */
    public static List<Person> people(Collection<Person> people, Locale locale) {
        Comparator<String> names = Collation.of(locale);
        return people.stream()
                .sorted(Comparator.comparing(Person::getLastName, names).thenComparing(Person::getFirstName, names))
                .toList();
    }
}

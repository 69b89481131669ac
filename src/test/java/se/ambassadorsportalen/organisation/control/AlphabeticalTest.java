package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.i18n.Languages;

class AlphabeticalTest {

    private static final Unit HEALTH = Unit.administration("HSF", "Hälso- och sjukvård");

    private static List<String> lastNames(List<Person> people) {
        return people.stream().map(Person::getLastName).toList();
    }

    private static final List<Person> PEOPLE = List.of(
            Person.employee("Åsa", "Öberg", HEALTH, null, null),
            Person.employee("Ærø", "Ærlig", HEALTH, null, null),
            Person.employee("Anna", "Åkesson", HEALTH, null, null),
            Person.employee("Øjvind", "Ørsted", HEALTH, null, null),
            Person.employee("Zara", "Zetterlund", HEALTH, null, null),
            Person.employee("Ebba", "Ängström", HEALTH, null, null),
            Person.employee("Bo", "andersson", HEALTH, null, null));

    @Test
    void swedishReadersGetAaAeOeAfterZWithDanishLettersAmongTheirSwedishTwins() {
        assertThat(lastNames(Alphabetical.people(PEOPLE, Languages.DEFAULT)))
                .containsExactly("andersson", "Zetterlund", "Åkesson", "Ängström", "Ærlig", "Öberg", "Ørsted");
    }

    @Test
    void danishReadersGetAeOeAaAfterZInTheirOrder() {
        assertThat(lastNames(Alphabetical.people(PEOPLE, Languages.DANISH)))
                .containsExactly("andersson", "Zetterlund", "Ängström", "Ærlig", "Öberg", "Ørsted", "Åkesson");
    }

    @Test
    void englishReadersGetAccentedAAndOBesideThePlainLettersAndAeAsAE() {
        // the JDK's English rules read Æ as "AE" and keep Ø as a letter of its own after Z
        assertThat(lastNames(Alphabetical.people(PEOPLE, Locale.ENGLISH)))
                .containsExactly("Ærlig", "Åkesson", "andersson", "Ängström", "Öberg", "Zetterlund", "Ørsted");
    }

    @Test
    void administrationsComeBeforeUnitsEachInTheReadersAlphabet() {
        Unit region = Unit.administration("REG", "Regionkontoret");
        List<Unit> units = List.of(
                Unit.unit("OST", "Östra vårdcentralen", HEALTH),
                Unit.unit("AKU", "Akuten", HEALTH),
                region,
                Unit.unit("ARE", "Årets enhet", HEALTH),
                HEALTH,
                Unit.unit("ZON", "Zonterapi", HEALTH));

        assertThat(Alphabetical.units(units, Languages.DEFAULT))
                .extracting(Unit::getName)
                .containsExactly(
                        "Hälso- och sjukvård",
                        "Regionkontoret",
                        "Akuten",
                        "Zonterapi",
                        "Årets enhet",
                        "Östra vårdcentralen");
    }
}

package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;

class PersonSortKeysTest {

    private static final Unit HEALTH = Unit.administration("HSF", "Hälso- och sjukvård");

    @Test
    void aPersonKeepsTheKeysOfTheirFirstNameProfessionAndTownForTheListsSortedByThem() {
        Person person = Person.employee("Åsa", "Berg", HEALTH, "Överläkare", "Ängelholm");

        SortKeysOf keys = new SortKeysOf(person);
        assertThat(keys.firstName(Languages.DANISH)).isEqualTo(Collation.key(Languages.DANISH, "Åsa"));
        assertThat(keys.profession(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, "Överläkare"));
        assertThat(keys.town(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Ängelholm"));
    }

    @Test
    void changedTextsGetNewKeysAndNoneSortsAsAnEmptyText() {
        Person person = Person.employee("Åsa", "Berg", HEALTH, "Överläkare", "Ängelholm");

        person.setFirstName(" Zoe ");
        person.setProfession("  ");
        person.setTown(null);

        SortKeysOf keys = new SortKeysOf(person);
        assertThat(keys.firstName(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, "Zoe"));
        assertThat(keys.profession(Languages.DEFAULT)).isEqualTo(Collation.key(Languages.DEFAULT, ""));
        assertThat(keys.town(Languages.DANISH)).isEqualTo(Collation.key(Languages.DANISH, ""));
    }

    @Test
    void anElectedOfficialHasEmptyProfessionAndTownKeysSoTheySortFirstOnEveryDatabase() {
        Person official = Person.electedOfficial("Ole", "Ørsted", "Ordförande");

        SortKeysOf keys = new SortKeysOf(official);
        assertThat(keys.firstName(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Ole"));
        assertThat(keys.profession(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, ""));
        assertThat(keys.town(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, ""));
    }

    private record SortKeysOf(Person person) {
        byte[] firstName(Locale language) {
            return person.textKeys()[0].in(language);
        }

        byte[] profession(Locale language) {
            return person.textKeys()[1].in(language);
        }

        byte[] town(Locale language) {
            return person.textKeys()[2].in(language);
        }
    }
}

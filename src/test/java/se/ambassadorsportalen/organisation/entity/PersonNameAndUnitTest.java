package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameAndUnitTest {

    private static final Unit HEALTH = Unit.administration("HSF", "Hälso- och sjukvård");

    @Test
    void namesakesInDifferentUnitsAreOfferedWithTheirUnits() {
        Unit ward = Unit.unit("HSF-MED3", "Medicinavdelning 3", HEALTH);
        Unit surgery = Unit.unit("HSF-KIR1", "Kirurgavdelning 1", HEALTH);

        assertThat(Person.employee("Anna", "Andersson", ward, "Sjuksköterska", "Älvstad")
                        .getNameAndUnit())
                .isEqualTo("Anna Andersson, Medicinavdelning 3");
        assertThat(Person.employee("Anna", "Andersson", surgery, "Sjuksköterska", "Älvstad")
                        .getNameAndUnit())
                .isEqualTo("Anna Andersson, Kirurgavdelning 1");
    }

    @Test
    void someoneInNoUnitIsOfferedByNameAlone() {
        assertThat(Person.electedOfficial("Ole", "Ørsted", "Ordförande").getNameAndUnit())
                .isEqualTo("Ole Ørsted");
    }
}

package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class OrganisationTreeTest {

    private final Unit healthcare = Unit.administration("HSF", "Hälso- och sjukvård");
    private final Unit ward = Unit.unit("MED3", "Medicinavdelning 3", healthcare);
    private final Unit team = Unit.unit("MED3-N", "Nattlaget", ward);

    @Test
    void anEmployeesManagerIsTheManagerOfTheirUnit() {
        Person magnus = Person.employee("Magnus", "Berg", ward, "Enhetschef", "Älvstad");
        Person eva = Person.employee("Eva", "Lindqvist", ward, "Sjuksköterska", "Älvstad");
        ward.setManager(magnus);

        assertThat(eva.manager()).contains(magnus);
    }

    @Test
    void aManagersOwnManagerIsTheManagerOfTheUnitAbove() {
        Person ingrid = Person.employee("Ingrid", "Åkesson", healthcare, "Förvaltningschef", "Älvstad");
        Person magnus = Person.employee("Magnus", "Berg", ward, "Enhetschef", "Älvstad");
        healthcare.setManager(ingrid);
        ward.setManager(magnus);

        assertThat(magnus.manager()).contains(ingrid);
    }

    @Test
    void aUnitWithoutAManagerPassesToTheNearestManagerAbove() {
        Person magnus = Person.employee("Magnus", "Berg", ward, "Enhetschef", "Älvstad");
        Person nightNurse = Person.employee("Nils", "Natt", team, "Sjuksköterska", "Älvstad");
        ward.setManager(magnus);

        assertThat(nightNurse.manager()).contains(magnus);
    }

    @Test
    void theHeadOfTheTopHasNoManagerInTheTree() {
        Person ingrid = Person.employee("Ingrid", "Åkesson", healthcare, "Förvaltningschef", "Älvstad");
        healthcare.setManager(ingrid);

        assertThat(ingrid.manager()).isEmpty();
    }

    @Test
    void electedOfficialsHaveNoUnitAndNoManager() {
        Person chair = Person.electedOfficial("Marianne", "Frisk", "Ordförande");

        assertThat(chair.getUnit()).isNull();
        assertThat(chair.manager()).isEmpty();
        assertThatThrownBy(() -> chair.assignTo(ward))
                .isInstanceOf(PortalException.class)
                .extracting("field")
                .isEqualTo("unit");
    }

    @Test
    void anEmployeeMustBelongToAUnit() {
        assertThatThrownBy(() -> Person.employee("Eva", "Lindqvist", null, "Sjuksköterska", "Älvstad"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.person.unitRequired");
    }

    @Test
    void aUnitCannotBeMovedUnderItselfOrItsOwnSubUnit() {
        assertThatThrownBy(() -> ward.placeUnder(team))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("organisation.unit.cycle");
        assertThatThrownBy(() -> ward.placeUnder(ward)).isInstanceOf(PortalException.class);
    }

    @Test
    void anAdministrationIsAlwaysARootAndAUnitNeverIs() {
        assertThatThrownBy(() -> healthcare.placeUnder(ward))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("administrationHasNoParent");
        assertThatThrownBy(() -> ward.placeUnder(null))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("parentRequired");
    }

    @Test
    void everyNodeKnowsItsAdministrationAndWhetherItLiesWithinAnother() {
        assertThat(team.administration()).isSameAs(healthcare);
        assertThat(team.isWithin(ward)).isTrue();
        assertThat(ward.isWithin(team)).isFalse();
        assertThat(team.pathToRoot()).containsExactly(team, ward, healthcare);
    }
}

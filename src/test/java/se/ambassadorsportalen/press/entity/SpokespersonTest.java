package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;

class SpokespersonTest {

    static Person employee(String first) {
        return Person.employee(first, "Berg", Unit.administration("FTV", "Folktandvården"), "Tandläkare", "Åby");
    }

    @Test
    void electedOfficialSpeaksOnlyAsAnElectedOfficial() {
        Person official = Person.electedOfficial("Tomas", "Rydén", "Ordförande i tandvårdsnämnden");

        assertThatThrownBy(() -> new Spokesperson(official, SpokespersonKind.MANAGER, "Chef"))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(new Spokesperson(official, SpokespersonKind.ELECTED_OFFICIAL, "Ordförande").getKind())
                .isEqualTo(SpokespersonKind.ELECTED_OFFICIAL);
    }

    @Test
    void employeeCannotBeRegisteredAsAnElectedOfficial() {
        assertThatThrownBy(() -> new Spokesperson(employee("Yasmin"), SpokespersonKind.ELECTED_OFFICIAL, "Ledamot"))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void deputyChainThatComesBackIsRefused() {
        Spokesperson a = new Spokesperson(employee("Anna"), SpokespersonKind.MANAGER, "Chef");
        Spokesperson b = new Spokesperson(employee("Bo"), SpokespersonKind.EXPERT, "Expert");
        a.setDeputy(b);

        assertThatThrownBy(() -> b.setDeputy(a))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.key()).isEqualTo("press.spokesperson.deputyCycle"));
        assertThatThrownBy(() -> a.setDeputy(a)).isInstanceOf(PortalException.class);
    }

    @Test
    void officeHoursMustEndAfterTheyStartAndKeepTheirDays() {
        Spokesperson s = new Spokesperson(employee("Cia"), SpokespersonKind.EXPERT, "Expert");

        s.setOfficeHours(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 0), LocalTime.of(15, 0));

        assertThat(s.officeDaySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThatThrownBy(
                        () -> s.setOfficeHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(15, 0), LocalTime.of(7, 0)))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void areaCodesAreTrimmedUpperCasedAndWithoutDuplicates() {
        Spokesperson s = new Spokesperson(employee("Dan"), SpokespersonKind.EXPERT, "Expert");

        s.setAreaCodes(List.of(" ftv", "HSF", "ftv ", ""));

        assertThat(s.areaCodeList()).containsExactly("FTV", "HSF");
    }

    @Test
    void aSpokespersonIsDescribedWithATrimmedTitleAndNeverWithoutOne() {
        Spokesperson s = new Spokesperson(employee("Gun"), SpokespersonKind.EXPERT, "Expert");

        s.describe("  Överläkare ", "svenska", true, true);

        assertThat(s.getTitle()).isEqualTo("Överläkare");
        assertThat(s.getLanguages()).isEqualTo("svenska");
        assertThat(s.isMediaTrained()).isTrue();
        assertThat(s.isCoordinator()).isTrue();
        assertThatThrownBy(() -> s.describe(" ", "svenska", false, false))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(s.getTitle()).as("a refused description changes nothing").isEqualTo("Överläkare");
    }

    @Test
    void theMediaReachASpokespersonAtThePersonsOwnNumberAndAddressUntilOthersAreGiven() {
        Person person = employee("Hugo");
        person.setPhone("010-1");
        person.setEmail("hugo@fjallmark.example");
        Spokesperson s = new Spokesperson(person, SpokespersonKind.EXPERT, "Expert");

        assertThat(s.getPhone()).isEqualTo("010-1");
        s.reachAt("070-2", "press@fjallmark.example");

        assertThat(s.getPhone()).isEqualTo("070-2");
        assertThat(s.getEmail()).isEqualTo("press@fjallmark.example");
    }

    @Test
    void absenceMustEndAfterItStarts() {
        Spokesperson s = new Spokesperson(employee("Eva"), SpokespersonKind.EXPERT, "Expert");
        var monday = java.time.LocalDateTime.of(2026, 11, 30, 8, 0);

        assertThatThrownBy(() -> s.addAbsence(at(monday), at(monday), "Semester"))
                .isInstanceOf(PortalException.class);
        assertThat(s.addAbsence(at(monday), at(monday.plusDays(5)), "Semester").getNote())
                .isEqualTo("Semester");
    }

    /** A wall-clock time of these tests as the instant the entity records. */
    private static java.time.Instant at(java.time.LocalDateTime wallClock) {
        return se.ambassadorsportalen.platform.time.PortalTime.typed(wallClock);
    }
}

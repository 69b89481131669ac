package se.ambassadorsportalen.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.press.boundary.Spokespeople.SpokespersonDetails;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

class SpokespersonFormTest {

    private static <T extends VersionedEntity> T stored(T entity, long id) throws Exception {
        Field field = VersionedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    private static Person employee(String first, long id) throws Exception {
        return stored(
                Person.employee(first, "Berg", Unit.administration("FTV", "Folktandvården"), "Tandläkare", "Åby"), id);
    }

    @Test
    void aNewSpokespersonStartsAsAnExpertInOfficeOnWeekdaysFromEightToFive() {
        SpokespersonForm form = SpokespersonForm.blank();

        assertThat(form.isEditing()).isFalse();
        assertThat(form.getKind()).isEqualTo(SpokespersonKind.EXPERT);
        assertThat(form.days())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(form.from()).isEqualTo(LocalTime.of(8, 0));
        assertThat(form.to()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void aFormFilledInFromASpokespersonSavesWhatIsStoredUnchanged() throws Exception {
        Spokesperson deputy = stored(new Spokesperson(employee("Bo", 21), SpokespersonKind.EXPERT, "Expert"), 31);
        Spokesperson stored =
                stored(new Spokesperson(employee("Anna", 20), SpokespersonKind.MANAGER, "Klinikchef"), 30);
        stored.describe("Klinikchef", "svenska, engelska", true, false);
        stored.reachAt("010-123", "anna.berg@fjallmark.example");
        stored.setAreaCodes(List.of("FTV", "HSF"));
        stored.setTopics(Set.of(new Topic("tandvard", "Tandvård", "FTV"), new Topic("akut", "Akut", "HSF")));
        stored.setDeputy(deputy);
        stored.setOfficeHours(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 30), LocalTime.of(15, 0));

        SpokespersonForm form = SpokespersonForm.of(stored);

        assertThat(form.isEditing()).isTrue();
        assertThat(form.id()).isEqualTo(30L);
        assertThat(form.getAreas()).isEqualTo("FTV,HSF");
        assertThat(form.getOfficeFrom()).isEqualTo("07:30");
        assertThat(form.details())
                .isEqualTo(new SpokespersonDetails(
                        20L,
                        SpokespersonKind.MANAGER,
                        "Klinikchef",
                        List.of("FTV", "HSF"),
                        List.of("akut", "tandvard"),
                        "svenska, engelska",
                        "010-123",
                        "anna.berg@fjallmark.example",
                        true,
                        false,
                        31L));
        assertThat(form.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(form.from()).isEqualTo(LocalTime.of(7, 30));
        assertThat(form.to()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void areasTypedOnOneLineAreSplitOnCommasAndSpaces() {
        SpokespersonForm form = SpokespersonForm.blank();

        form.setAreas(" ftv, HSF  rlf,,");

        assertThat(form.details().areaCodes()).containsExactly("ftv", "HSF", "rlf");
        form.setAreas(null);
        assertThat(form.details().areaCodes()).isEmpty();
    }

    @Test
    void withoutAPersonOrDeputyTheDetailsNameNeitherSoTheBoundaryCanAskForThePerson() {
        SpokespersonForm form = SpokespersonForm.blank();
        form.setTitle("Expert");

        assertThat(form.details().personId()).isNull();
        assertThat(form.details().deputyId()).isNull();
    }

    @Test
    void officeHoursAreReadWithSpacesAroundAndTextThatIsNoTimeIsRefusedAtItsOwnField() {
        SpokespersonForm form = SpokespersonForm.blank();
        form.setOfficeFrom(" 07:15 ");
        form.setOfficeTo("kl 5");

        assertThat(form.from()).isEqualTo(LocalTime.of(7, 15));
        assertThatThrownBy(form::to).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.field()).isEqualTo("officeTo");
            assertThat(e.key()).isEqualTo("press.spokesperson.timeFormat");
            assertThat(e.arguments()).containsExactly("kl 5");
        });
        assertThat(form.getOfficeTo())
                .as("what was typed stays for the user to correct")
                .isEqualTo("kl 5");
        form.setOfficeFrom(null);
        assertThatThrownBy(form::from)
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("officeFrom"));
    }

    @Test
    void officeDaysTickedInAnyOrderBecomeASetOfDaysAndNoneTickedIsNoDays() {
        SpokespersonForm form = SpokespersonForm.blank();

        form.setOfficeDays(List.of("SUNDAY", "MONDAY"));
        assertThat(form.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        form.setOfficeDays(null);
        assertThat(form.days()).isEmpty();
    }
}

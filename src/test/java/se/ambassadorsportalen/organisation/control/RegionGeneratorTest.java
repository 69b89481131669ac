package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.RegionGenerator.GeneratedPerson;
import se.ambassadorsportalen.organisation.control.RegionGenerator.GeneratedUnit;
import se.ambassadorsportalen.organisation.control.RegionGenerator.Region;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.platform.security.Role;

class RegionGeneratorTest {

    static final Set<String> ADMINISTRATIONS = Set.of("RLF", "HSF", "FTV", "KTF", "RUF");

    @Test
    void tinyRegionHasExactlyTheRequestedEmployeesEachInAGeneratedUnit() {
        Region region = RegionGenerator.generate(DemoVolume.scaled(0.01).employees(), 1);

        Set<String> codes = region.units().stream().map(GeneratedUnit::code).collect(Collectors.toSet());
        assertThat(region.people()).hasSize(70);
        assertThat(region.people()).allSatisfy(person -> assertThat(codes).contains(person.unitCode()));
    }

    @Test
    void everyGeneratedUnitHangsUnderAnAdministrationAndIsLedByOneOfItsOwnPeople() {
        Region region = RegionGenerator.generate(700, 2);

        Set<String> codes = region.units().stream().map(GeneratedUnit::code).collect(Collectors.toSet());
        Map<String, GeneratedPerson> managers = region.people().stream()
                .filter(p -> p.manages() != null)
                .collect(Collectors.toMap(GeneratedPerson::manages, Function.identity()));
        assertThat(region.units()).allSatisfy(unit -> {
            assertThat(unit.parentCode())
                    .satisfiesAnyOf(
                            parent -> assertThat(ADMINISTRATIONS).contains(parent),
                            parent -> assertThat(codes).contains(parent));
            assertThat(managers).containsKey(unit.code());
            assertThat(managers.get(unit.code()).unitCode()).isEqualTo(unit.code());
            assertThat(managers.get(unit.code()).roles()).contains(Role.MANAGER);
            assertThat(unit.code()).contains(RegionGenerator.CODE_MARK);
        });
        assertThat(region.units().stream()
                        .map(GeneratedUnit::parentCode)
                        .filter(ADMINISTRATIONS::contains)
                        .collect(Collectors.toSet()))
                .isEqualTo(ADMINISTRATIONS);
    }

    @Test
    void fullRegionHasUnitsOfPlausibleSizeAndUniqueUsernamesThatNoSmallDemoUserHas() {
        Region region = RegionGenerator.generate(DemoVolume.LARGE.employees(), 7_000);

        Map<String, Long> sizes = region.people().stream()
                .collect(Collectors.groupingBy(GeneratedPerson::unitCode, Collectors.counting()));
        assertThat(region.people()).hasSize(7_000);
        assertThat(region.units()).hasSizeBetween(250, 600);
        assertThat(sizes.entrySet())
                .filteredOn(e -> e.getKey().chars().filter(c -> c == '-').count() == 2)
                .allSatisfy(e -> assertThat(e.getValue()).isBetween(8L, 40L));
        assertThat(region.people().stream().map(GeneratedPerson::username).distinct())
                .hasSize(7_000);
        assertThat(region.people()).allSatisfy(p -> assertThat(p.username()).matches("[a-z]+\\.[a-z]+[0-9]*"));
        assertThat(region.people()).allSatisfy(p -> assertThat(p.roles()).contains(Role.EMPLOYEE));
    }

    @Test
    void sameSeedGivesTheSameRegion() {
        assertThat(RegionGenerator.generate(300, 5)).isEqualTo(RegionGenerator.generate(300, 5));
    }

    @Test
    void usernamesLoseTheirDiacritics() {
        assertThat(RegionGenerator.ascii("Åsa")).isEqualTo("asa");
        assertThat(RegionGenerator.ascii("Öberg")).isEqualTo("oberg");
    }
}

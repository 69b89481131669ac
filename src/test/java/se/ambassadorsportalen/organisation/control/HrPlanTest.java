package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.HrPlan.ChangeKind;
import se.ambassadorsportalen.organisation.control.HrPlan.CurrentPerson;
import se.ambassadorsportalen.organisation.control.HrPlan.CurrentUnit;

class HrPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String HEADER = "unit_code;unit_name;parent_code;merged_into;employee_number;first_name;last_name;"
            + "email;profession;manager;employment_ends\n";

    static final List<CurrentUnit> UNITS = List.of(
            new CurrentUnit(1, "HSF", "Hälso- och sjukvård", null, null, null, null, null),
            new CurrentUnit(2, "MED", "Medicin", "HSF", 11L, "1001", "Magnus Berg", null),
            new CurrentUnit(3, "KIR", "Kirurgi", "HSF", null, null, null, null),
            new CurrentUnit(4, "ADM", "Administration", null, 99L, null, "Admin Satt", null));
    static final List<CurrentPerson> PEOPLE = List.of(
            new CurrentPerson(11, "1001", "Magnus", "Berg", null, "MED", "Chef", null, null),
            new CurrentPerson(12, "1002", "Eva", "Ek", "eva@example.se", "MED", "Sjuksköterska", null, null),
            new CurrentPerson(13, "1003", "Olle", "Ås", null, "KIR", "Läkare", null, null));

    /** The export that describes exactly the state above. */
    static final String SAME = HEADER + """
            HSF;Hälso- och sjukvård;;;;;;;;;
            MED;Medicin;HSF;;;;;;;;
            KIR;Kirurgi;HSF;;;;;;;;
            MED;;;;1001;Magnus;Berg;;Chef;ja;
            MED;;;;1002;Eva;Ek;eva@example.se;Sjuksköterska;;
            KIR;;;;1003;Olle;Ås;;Läkare;;
            """;

    static HrPlan.Result plan(String csv) {
        HrExport.Content content = HrExport.read(HrExportTest.csv(csv));
        return HrPlan.of(content, UNITS, PEOPLE, TODAY);
    }

    @Test
    void anExportThatMatchesTheDatabaseChangesNothing() {
        HrPlan.Result plan = plan(SAME);

        assertThat(plan.isValid()).isTrue();
        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.units()).isEmpty();
        assertThat(plan.people()).isEmpty();
        assertThat(plan.managers())
                .as("the admin's manager of ADM, a unit the file does not list, stays")
                .isEmpty();
    }

    @Test
    void thePreviewNamesNewChangedMovedAndLeavingPeopleAndUnits() {
        HrPlan.Result plan = plan(HEADER + """
                HSF;Hälso- och sjukvård;;;;;;;;;
                MED;Medicinkliniken;HSF;;;;;;;;
                KIR;Kirurgi;HSF;;;;;;;;
                AKU;Akuten;HSF;;;;;;;;
                MED;;;;1001;Magnus;Berg;;Chef;ja;
                KIR;;;;1002;Eva;Ek;eva.ek@example.se;Sjuksköterska;;
                AKU;;;;1004;Nils;Nord;;Läkare;x;
                """);

        assertThat(plan.isValid()).isTrue();
        assertThat(plan.changes())
                .extracting(HrPlan.Change::kind, HrPlan.Change::key, HrPlan.Change::from, HrPlan.Change::to)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.UNIT_RENAMED, "MED", "Medicin", "Medicinkliniken"),
                        tuple(ChangeKind.UNIT_NEW, "AKU", null, "HSF"),
                        tuple(ChangeKind.PERSON_CHANGED, "1002", "eva@example.se", "eva.ek@example.se"),
                        tuple(ChangeKind.PERSON_MOVED, "1002", "MED", "KIR"),
                        tuple(ChangeKind.PERSON_NEW, "1004", null, "AKU"),
                        tuple(ChangeKind.PERSON_LEAVING, "1003", "KIR", "2026-12-01"),
                        tuple(ChangeKind.MANAGER_CHANGED, "AKU", null, "Nils Nord"));
        assertThat(plan.count(ChangeKind.PERSON_LEAVING)).isEqualTo(1);
        assertThat(plan.managersAfter()).containsExactlyInAnyOrder("1001", "1004");
    }

    @Test
    void aManagerWhoseEmploymentHasEndedLeavesAndTheirUnitHasNoManagerUntilTheFileNamesOne() {
        HrPlan.Result plan =
                plan(SAME.replace("MED;;;;1001;Magnus;Berg;;Chef;ja;", "MED;;;;1001;Magnus;Berg;;Chef;ja;2026-11-30"));

        assertThat(plan.changes())
                .extracting(HrPlan.Change::kind, HrPlan.Change::key)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.PERSON_CHANGED, "1001"),
                        tuple(ChangeKind.PERSON_LEAVING, "1001"),
                        tuple(ChangeKind.MANAGER_CHANGED, "MED"));
        assertThat(plan.managers()).containsExactly(new HrPlan.ManagerWrite("MED", null));
        assertThat(plan.people())
                .singleElement()
                .satisfies(write -> assertThat(write.leftOn()).isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(plan.managersBefore()).containsExactly("1001");
        assertThat(plan.managersAfter()).isEmpty();
    }

    @Test
    void peopleUnderAnAdministrationTheFileDoesNotListDoNotLeave() {
        HrPlan.Result plan = plan(HEADER + "OTHER;Annan förvaltning;;;;;;;;;\n");

        assertThat(plan.changes()).extracting(HrPlan.Change::kind).containsExactly(ChangeKind.UNIT_NEW);
        assertThat(plan.leavers()).isEmpty();
    }

    @Test
    void anEndDateStillAheadIsRecordedButThePersonStays() {
        HrPlan.Result plan =
                plan(SAME.replace("KIR;;;;1003;Olle;Ås;;Läkare;;", "KIR;;;;1003;Olle;Ås;;Läkare;;2026-12-01"));

        assertThat(plan.changes()).extracting(HrPlan.Change::kind).containsExactly(ChangeKind.PERSON_CHANGED);
        assertThat(plan.people())
                .singleElement()
                .satisfies(write -> assertThat(write.leftOn()).isNull());
    }

    @Test
    void aUnitMovedUnderAnotherParentIsAMoveAndANewParentIsWrittenBeforeIt() {
        HrPlan.Result plan = plan(
                SAME.replace("KIR;Kirurgi;HSF;;;;;;;;", "KIR;Kirurgi;OPE;;;;;;;;") + "OPE;Operation;HSF;;;;;;;;\n");

        assertThat(plan.changes())
                .extracting(HrPlan.Change::kind, HrPlan.Change::key, HrPlan.Change::to)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.UNIT_MOVED, "KIR", "OPE"), tuple(ChangeKind.UNIT_NEW, "OPE", "HSF"));
        assertThat(plan.units()).extracting(HrPlan.UnitWrite::code).containsExactly("OPE", "KIR");
    }

    @Test
    void aMergedUnitHandsOverAndItsStaffMustBeListedInTheUnitThatTookItOver() {
        HrPlan.Result refused = plan(SAME.replace("KIR;Kirurgi;HSF;;", "KIR;Kirurgi;HSF;MED;"));

        assertThat(refused.problems())
                .extracting(HrExport.Problem::key, HrExport.Problem::line)
                .containsExactly(tuple("organisation.hr.problem.unitMerged", 7L));

        HrPlan.Result plan =
                plan(SAME.replace("KIR;Kirurgi;HSF;;", "KIR;Kirurgi;HSF;MED;").replace("KIR;;;;1003", "MED;;;;1003"));

        assertThat(plan.isValid()).isTrue();
        assertThat(plan.merges()).containsExactly(new HrPlan.Merge(3, "KIR", "MED"));
        assertThat(plan.changes())
                .extracting(HrPlan.Change::kind, HrPlan.Change::key)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.UNIT_MERGED, "KIR"), tuple(ChangeKind.PERSON_MOVED, "1003"));
    }

    @Test
    void unknownUnitsCyclesAndTwoManagersOfOneUnitAreRefusedWithTheirLines() {
        HrPlan.Result plan = plan(HEADER + """
                HSF;Hälso- och sjukvård;MED;;;;;;;;
                NYA;Ny enhet;FINNS-EJ;;;;;;;;
                MED;;;;1001;Magnus;Berg;;Chef;ja;
                MED;;;;1002;Eva;Ek;;;ja;
                XYZ;;;;1003;Olle;Ås;;;;
                """);

        assertThat(plan.isValid()).isFalse();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.problems())
                .extracting(HrExport.Problem::line, HrExport.Problem::key)
                .containsExactlyInAnyOrder(
                        tuple(3L, "organisation.hr.problem.parentUnknown"),
                        tuple(5L, "organisation.hr.problem.managerTwice"),
                        tuple(6L, "organisation.hr.problem.unitUnknown"));

        HrPlan.Result cycle = plan(SAME.replace("HSF;Hälso- och sjukvård;;", "HSF;Hälso- och sjukvård;MED;"));
        assertThat(cycle.problems())
                .extracting(HrExport.Problem::line, HrExport.Problem::key)
                .contains(tuple(2L, "organisation.hr.problem.cycle"));
    }
}

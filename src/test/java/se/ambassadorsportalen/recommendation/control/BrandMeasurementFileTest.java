package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.imports.RowProblems;

class BrandMeasurementFileTest {

    private static final Map<String, String> GROUPS =
            Map.of("studenter och elever", "STUDENTS", "students", "STUDENTS");
    private static final Map<String, BrandMeasurementFile.Subject> SUBJECTS = Map.of(
            "nära", new BrandMeasurementFile.Subject(1, "CLOSE"),
            "know_us", new BrandMeasurementFile.Subject(2, "KNOW_US"));

    private static BrandMeasurementFile.Result read(String csv) {
        return BrandMeasurementFile.read(
                csv.getBytes(StandardCharsets.UTF_8),
                text -> Optional.ofNullable(GROUPS.get(text.toLowerCase())),
                text -> Optional.ofNullable(SUBJECTS.get(text.toLowerCase())));
    }

    @Test
    void rowsNameTheirGoalByTheAssociationOrQuestionInEitherLanguageOrCode() {
        BrandMeasurementFile.Result result = read("""
                Målgrupp;Fråga eller association;Andel;Svarande;Datum
                Studenter och elever;Nära;57 %;180;2024-10-01
                students;KNOW_US;0.71;180;2024-10-01
                """);
        assertThat(result.problems().listed()).isEmpty();
        assertThat(result.rows())
                .containsExactly(
                        new BrandMeasurementFile.Row(1, "STUDENTS", "CLOSE", LocalDate.of(2024, 10, 1), 0.57, 180),
                        new BrandMeasurementFile.Row(2, "STUDENTS", "KNOW_US", LocalDate.of(2024, 10, 1), 0.71, 180));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsKept() {
        BrandMeasurementFile.Result result = read("""
                target group,question,share,respondents,date
                Students,Nära,57,180,2024-10-01
                Pensionärer,Nära,57,180,2024-10-01
                Students,Nära,140 %,180,2024-10-02
                Students,Nära,50,-3,2024-10-03
                Students,Nära,57,180,2024-10-01
                """);
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems().listed())
                .extracting(RowProblems.Problem::line, RowProblems.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "recommendation.brandImport.problem.targetGroup"),
                        org.assertj.core.groups.Tuple.tuple(4L, "recommendation.brandImport.problem.share"),
                        org.assertj.core.groups.Tuple.tuple(5L, "recommendation.brandImport.problem.respondents"),
                        org.assertj.core.groups.Tuple.tuple(6L, "recommendation.brandImport.problem.twice"));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsOneProblem() {
        assertThat(read("group,share\nStudents,50\n").problems().listed())
                .extracting(RowProblems.Problem::key)
                .containsExactly("recommendation.brandImport.problem.header");
    }
}

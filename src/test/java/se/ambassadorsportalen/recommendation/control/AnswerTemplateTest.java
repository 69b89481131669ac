package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.tabular.ImportProgress;

class AnswerTemplateTest {

    private final List<UnitMatcher.Candidate> units = List.of(
            new UnitMatcher.Candidate(2, "HSF-MED3", "Medicinavdelning 3"),
            new UnitMatcher.Candidate(1, "HSF-AKUT", "Akutmottagningen; vuxna"));

    @Test
    void theTemplateOpensInSwedishExcelWithEveryUnitsCodeAndName() {
        byte[] bytes = AnswerTemplate.csv(units);

        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("enhet;enhetsnamn;svar;åldersgrupp;yrkesgrupp\r\n"
                        + "HSF-AKUT;\"Akutmottagningen; vuxna\";;;\r\n"
                        + "HSF-MED3;Medicinavdelning 3;;;\r\n");
    }

    @Test
    void aFilledInTemplateIsReadByTheImport() {
        String filled = new String(AnswerTemplate.csv(units), StandardCharsets.UTF_8)
                .replace("HSF-MED3;Medicinavdelning 3;;;", "HSF-MED3;Medicinavdelning 3;4;30–39;")
                .replace("\"Akutmottagningen; vuxna\";;;", "\"Akutmottagningen; vuxna\";2;;");

        AnswerFile.Result result = AnswerFile.read(
                filled.getBytes(StandardCharsets.UTF_8),
                AnswerScale.ONE_TO_FIVE,
                4,
                new UnitMatcher(units),
                new ImportProgress());

        assertThat(result.problems()).isEmpty();
        assertThat(result.answers()).isEqualTo(2);
        assertThat(result.recommenders()).isEqualTo(1);
    }
}

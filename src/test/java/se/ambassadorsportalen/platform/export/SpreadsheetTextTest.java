package se.ambassadorsportalen.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest(name = "\"{0}\" is text in a CSV cell")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatWouldStartAFormulaIsMarkedAsText(String typed) {
        assertThat(SpreadsheetText.csvCell(typed)).isEqualTo("'" + typed);
    }

    @Test
    void ordinaryTextAndEmptyCellsStayAsTheyAre() {
        assertThat(SpreadsheetText.csvCell("Anna = chef")).isEqualTo("Anna = chef");
        assertThat(SpreadsheetText.csvCell("")).isEmpty();
        assertThat(SpreadsheetText.csvCell(null)).isEmpty();
    }

    @Test
    void textLongerThanAnExcelCellIsCutWithAnEllipsis() {
        String tooLong = "a".repeat(SpreadsheetText.XLSX_CELL_MAX + 10);

        assertThat(SpreadsheetText.xlsxCell(tooLong))
                .hasSize(SpreadsheetText.XLSX_CELL_MAX)
                .endsWith("…");
        assertThat(SpreadsheetText.xlsxCell("kort")).isEqualTo("kort");
    }
}

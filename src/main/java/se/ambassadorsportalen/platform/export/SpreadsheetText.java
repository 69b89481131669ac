package se.ambassadorsportalen.platform.export;

/**
 * User-written text on its way into a spreadsheet. In a CSV file, a cell that starts with
 * {@code = + - @}, a tab or a carriage return is taken by Excel and LibreOffice as a formula
 * (which can fetch addresses or run commands), so such a cell gets a leading apostrophe, which the
 * spreadsheet shows as text. An xlsx text cell holds at most {@value #XLSX_CELL_MAX} characters;
 * longer text is cut with an ellipsis instead of failing the whole export.
 */
public final class SpreadsheetText {

    public static final int XLSX_CELL_MAX = 32_767;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    public static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public static String xlsxCell(String value) {
        if (value == null || value.length() <= XLSX_CELL_MAX) {
            return value;
        }
        return value.substring(0, XLSX_CELL_MAX - 1) + "…";
    }
}

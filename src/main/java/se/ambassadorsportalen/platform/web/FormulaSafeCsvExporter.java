package se.ambassadorsportalen.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import se.ambassadorsportalen.platform.export.SpreadsheetText;

/**
 * PrimeFaces' CSV export of a table ({@code <p:dataExporter type="csv">}), with every text cell
 * made safe for spreadsheets ({@link SpreadsheetText#csvCell}): PrimeFaces writes a survey round
 * or unit named {@code =HYPERLINK(...)} as it is, and Excel would take it for a formula. It
 * replaces PrimeFaces' own CSV exporter for every table of the portal ({@link Registration}, in
 * {@code faces-config.xml}); PrimeFaces makes a new exporter per export.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(
            FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        ColumnValue safe = value != null && value.isStringValue()
                ? ColumnValue.of(SpreadsheetText.csvCell((String) value.getValue()))
                : value;
        super.exportCellValue(context, table, column, safe, index);
    }

    /**
     * Puts the exporter in place of PrimeFaces' CSV exporter for tables, once, on the first request
     * ({@code faces-config.xml}): at start-up PrimeFaces' application context cannot be made yet
     * (it reads the session cookie configuration, which Liberty refuses to a listener added then).
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final String DONE = Registration.class.getName();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            Map<String, Object> application =
                    event.getFacesContext().getExternalContext().getApplicationMap();
            if (application.putIfAbsent(DONE, Boolean.TRUE) == null) {
                DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // Registered before the first view is restored; nothing to do after.
        }
    }
}

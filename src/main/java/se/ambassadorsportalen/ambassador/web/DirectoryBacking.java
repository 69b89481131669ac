package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.control.DirectoryRow;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.export.SpreadsheetText;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PerRequest;

/**
 * The ambassador directory for communicators and press officers: a lazy table with column
 * filters (name, profession, unit, town) and a search form (the same and topic, language) with choices for administration, channel and
 * status; the same search can be downloaded as CSV or Excel, read page by page from the database.
 */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 200;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    private LazyPage<DirectoryRow> table;

    /** Read per request for the menu, never kept in the view (entities hold their unit of work). */
    private final PerRequest<List<Unit>> administrations =
            PerRequest.of(() -> this.organisation.administrations(this.userLanguage.getLocale()));

    private String administration;
    private Channel channel;
    private AmbassadorStatus status;
    private String name;
    private String profession;
    private String unit;
    private String town;
    private String topic;
    private String language;

    @PostConstruct
    void init() {
        table = new LazyPage<>(request -> ambassadors.page(request, fixed()), row -> String.valueOf(row.id()));
    }

    private Ambassadors.Search fixed() {
        return new Ambassadors.Search(name, profession, unit, administration, town, topic, language, channel, status);
    }

    public void search() {
        // the table reloads with the new choices
    }

    public StreamedContent getCsv() {
        StringWriter out = new StringWriter();
        out.write('\ufeff'); // lets spreadsheet programs read the Swedish letters as UTF-8
        try (CSVPrinter csv =
                new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord(header());
            forEachRow(row -> {
                try {
                    csv.printRecord(row.stream().map(SpreadsheetText::csvCell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("ambassadorer.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** The same rows as an Excel workbook, streamed to a temporary file a hundred rows at a time. */
    public StreamedContent getXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(text("ambassador.directory.title"));
            int[] rowIndex = {0};
            writeRow(sheet.createRow(rowIndex[0]++), header());
            forEachRow(row -> writeRow(sheet.createRow(rowIndex[0]++), row));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already removed by dispose()
            }
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name(text("ambassador.directory.fileName"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i)
                    .setCellValue(SpreadsheetText.xlsxCell(cells.get(i))); // text cells: never evaluated as formulas
        }
    }

    private List<String> header() {
        return List.of(
                text("ambassador.name"),
                text("ambassador.profession"),
                text("ambassador.unit"),
                text("ambassador.administration"),
                text("ambassador.town"),
                text("ambassador.topics"),
                text("ambassador.languages"),
                text("ambassador.channels"),
                text("ambassador.status"),
                text("ambassador.contactOk"),
                text("ambassador.invite.count"));
    }

    /** Every row of the current search, read from the database a page at a time. */
    private void forEachRow(Consumer<List<String>> sink) {
        int first = 0;
        Page<Ambassador> page;
        do {
            page = ambassadors.search(fixed(), first, EXPORT_PAGE, "name", true, userLanguage.getLocale());
            Map<Long, Long> invited = ambassadors.invitationsBy(page.items());
            for (Ambassador a : page.items()) {
                Person p = a.getPerson();
                sink.accept(List.of(
                        nn(p.getDisplayName()),
                        nn(p.getProfession()),
                        p.getUnit() == null ? "" : nn(p.getUnit().getName()),
                        p.getUnit() == null
                                ? ""
                                : nn(p.getUnit().administration().getName()),
                        nn(p.getTown()),
                        nn(a.getTopics()),
                        nn(a.getLanguages()),
                        a.getChannels().stream()
                                .map(c -> c.getChannel().name() + (c.getHandle() == null ? "" : " @" + c.getHandle()))
                                .collect(Collectors.joining(", ")),
                        text("ambassador.status." + a.getStatus().name()),
                        a.isContactOk() ? text("ambassador.yes") : text("ambassador.no"),
                        String.valueOf(invited.getOrDefault(a.getId(), 0L))));
            }
            first += EXPORT_PAGE;
        } while (first < page.total());
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }

    private static String text(String key) {
        return FacesMessages.text(key);
    }

    /**
     * A row's channels in the reader's language, each with its handle: one text per row instead of a
     * repeat with a component per channel in the table.
     */
    public String channels(DirectoryRow row) {
        if (row.channels().isEmpty()) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle labels = context.getApplication().getResourceBundle(context, "ambMsg");
        return row.channels().stream()
                .map(c -> labels.getString("ambassador.channel." + c.channel().name())
                        + (c.handle() == null ? "" : " @" + c.handle()))
                .collect(Collectors.joining(", "));
    }

    /** Read once per view: the page asks for the choices on every render. */
    public List<Unit> getAdministrations() {
        return administrations.get();
    }

    public Channel[] getChannelChoices() {
        return Channel.values();
    }

    public AmbassadorStatus[] getStatusChoices() {
        return new AmbassadorStatus[] {AmbassadorStatus.APPLIED, AmbassadorStatus.ACTIVE, AmbassadorStatus.PAUSED};
    }

    public LazyPage<DirectoryRow> getTable() {
        return table;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public AmbassadorStatus getStatus() {
        return status;
    }

    public void setStatus(AmbassadorStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}

package se.ambassadorsportalen.followup.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.ambassadorsportalen.platform.imports.RowProblems;
import se.ambassadorsportalen.platform.imports.TableFile;

/**
 * Reads a channel's statistics export (CSV or .xlsx, as LinkedIn page analytics, Meta Business
 * Suite and Instagram insights write them) into figures per 28-day period, checking every row
 * before anything is stored: one bad row and the file is refused with every problem listed.
 * <p>
 * Columns are mapped by their header, in English or Swedish, whatever their order; other columns
 * are ignored. Two shapes, told apart by the header:
 * <ul>
 * <li><b>Figures</b>: a date and at least one of total followers, new followers, engagement
 * (activity or interaction) rate and posts, one row per day or per period (LinkedIn's followers
 * and visitors exports, Meta's page overview). A period gets the followers of its latest row,
 * the sum of its new followers and posts, and the mean of its rates.</li>
 * <li><b>Posts</b>: a post link and date with impressions or reach and interactions (or likes,
 * comments, shares and clicks, which are summed), one row per post (LinkedIn's content export,
 * Instagram's post insights). A period gets its post figures and, when no figure row says
 * otherwise, the number of posts.</li>
 * </ul>
 * Rates written with a % sign, or above 1, are percent; without one, 0–1 is a fraction, as the
 * exports write engagement rates (0.052 is 5.2 %).
 */
public final class ChannelStatsFile {

    public enum Shape {
        FIGURES,
        POSTS
    }

    static final Set<String> DATE = Set.of(
            "date",
            "datum",
            "day",
            "dag",
            "period_start",
            "period",
            "created_date",
            "publish_time",
            "publiceringstid",
            "published",
            "publicerad",
            "created",
            "skapad");
    static final Set<String> FOLLOWERS = Set.of(
            "total_followers",
            "followers",
            "följare",
            "antal_följare",
            "totalt_antal_följare",
            "page_followers",
            "followers_total");
    static final Set<String> NEW_FOLLOWERS = Set.of(
            "new_followers",
            "nya_följare",
            "organic_followers",
            "follows",
            "new_follows",
            "page_follows",
            "page_new_follows",
            "nya_följare_(30_dagar)");
    static final Set<String> RATE = Set.of(
            "engagement_rate",
            "activity_rate",
            "interaction_rate",
            "engagemangsgrad",
            "aktivitetsgrad",
            "interaktionsgrad",
            "rate");
    static final Set<String> POSTS = Set.of("posts", "inlägg", "antal_inlägg", "number_of_posts", "publicerade_inlägg");
    static final Set<String> LINK = Set.of("post_link", "link", "permalink", "länk", "inläggslänk", "url");
    static final Set<String> TITLE = Set.of("post_title", "title", "description", "rubrik", "beskrivning", "text");
    static final Set<String> IMPRESSIONS =
            Set.of("impressions", "reach", "räckvidd", "visningar", "exponeringar", "views");
    static final Set<String> INTERACTIONS =
            Set.of("interactions", "engagements", "engagement", "interaktioner", "total_engagement");
    static final Set<String> INTERACTION_PARTS = Set.of(
            "likes",
            "reactions",
            "comments",
            "shares",
            "reposts",
            "saves",
            "clicks",
            "gilla_markeringar",
            "reaktioner",
            "kommentarer",
            "delningar",
            "sparade",
            "klick");

    /** What one period receives from the file; null where the file says nothing. */
    public static final class PeriodFigures {
        private LocalDate latestFollowersDate;
        Integer followers;
        Integer newFollowers;
        private double rateSum;
        private int rates;
        Integer posts;
        final List<PostRow> postRows = new ArrayList<>();

        public Integer followers() {
            return followers;
        }

        public Integer newFollowers() {
            return newFollowers;
        }

        public Double ratePercent() {
            return rates == 0 ? null : Math.round(rateSum / rates * 100) / 100.0;
        }

        public Integer posts() {
            return posts != null ? posts : postRows.isEmpty() ? null : postRows.size();
        }

        public List<PostRow> postRows() {
            return List.copyOf(postRows);
        }
    }

    /** A post's figures from the file. */
    public record PostRow(String link, String title, LocalDate publishedOn, int impressions, int interactions) {}

    /** The outcome: the shape, how many rows, the figures per period start (empty when refused) and the problems. */
    public record Result(Shape shape, long rows, Map<LocalDate, PeriodFigures> periods, RowProblems problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final Cycle cycle;
    private final LocalDate today;
    private final RowProblems problems = new RowProblems();
    private final Map<LocalDate, PeriodFigures> periods = new TreeMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private Shape shape;
    private long rows;

    private ChannelStatsFile(Cycle cycle, LocalDate today) {
        this.cycle = cycle;
        this.today = today;
    }

    /** Checks and sums a file; dates after {@code today} are refused (a period cannot have figures before it runs). */
    public static Result read(byte[] bytes, Cycle cycle, LocalDate today) {
        ChannelStatsFile file = new ChannelStatsFile(cycle, today);
        try {
            TableFile.read(bytes, file::line);
        } catch (TableFile.Refused refused) {
            file.problems.add(0, refused.key(), refused.arguments());
        } catch (TableFile.Stop stop) {
            // reported already; no row after a header without the needed columns can be read
        }
        if (file.problems.isEmpty() && file.rows == 0) {
            file.problems.add(0, "platform.import.empty");
        }
        return new Result(file.shape, file.rows, file.problems.isEmpty() ? file.periods : Map.of(), file.problems);
    }

    private void line(long line, List<String> cells) {
        if (shape == null) {
            header(line, cells);
            return;
        }
        rows++;
        LocalDate date = date(text(cells, DATE));
        if (date == null) {
            problems.add(line, "followup.import.problem.date", nonNull(text(cells, DATE)));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(line, "followup.import.problem.future", date);
            return;
        }
        PeriodFigures period = periods.computeIfAbsent(cycle.periodOf(date).start(), start -> new PeriodFigures());
        if (shape == Shape.POSTS) {
            post(line, cells, date, period);
        } else {
            figures(line, cells, date, period);
        }
    }

    private void header(long line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(TableFile.normalise(cells.get(i)), i);
        }
        boolean date = has(DATE);
        if (date && has(LINK) && has(IMPRESSIONS) && (has(INTERACTIONS) || has(INTERACTION_PARTS))) {
            shape = Shape.POSTS;
        } else if (date && (has(FOLLOWERS) || has(NEW_FOLLOWERS) || has(RATE) || has(POSTS))) {
            shape = Shape.FIGURES;
        } else {
            problems.add(line, "followup.import.problem.header", String.join(", ", columns.keySet()));
            throw new TableFile.Stop();
        }
    }

    private void figures(long line, List<String> cells, LocalDate date, PeriodFigures period) {
        Long followers = whole(line, cells, FOLLOWERS);
        Long newFollowers = whole(line, cells, NEW_FOLLOWERS);
        Long posts = whole(line, cells, POSTS);
        Double rate = rate(line, cells);
        if (followers == null && newFollowers == null && posts == null && rate == null) {
            if (!problemsOn(line)) {
                problems.add(line, "followup.import.problem.noFigures");
            }
            return;
        }
        if (followers != null
                && followers >= 0
                && (period.latestFollowersDate == null || !date.isBefore(period.latestFollowersDate))) {
            period.latestFollowersDate = date;
            period.followers = Math.toIntExact(followers);
        }
        if (newFollowers != null && newFollowers >= 0) {
            period.newFollowers =
                    (period.newFollowers == null ? 0 : period.newFollowers) + Math.toIntExact(newFollowers);
        }
        if (posts != null && posts >= 0) {
            period.posts = (period.posts == null ? 0 : period.posts) + Math.toIntExact(posts);
        }
        if (rate != null) {
            period.rateSum += rate;
            period.rates++;
        }
    }

    private long lastProblemLine = -1;

    private boolean problemsOn(long line) {
        return lastProblemLine == line;
    }

    private void problem(long line, String key, Object... arguments) {
        lastProblemLine = line;
        problems.add(line, key, arguments);
    }

    private void post(long line, List<String> cells, LocalDate date, PeriodFigures period) {
        String link = text(cells, LINK);
        if (link == null
                || link.isBlank()
                || !(link.startsWith("https://") || link.startsWith("http://"))
                || link.length() > 1000) {
            problem(line, "followup.import.problem.link", nonNull(link));
            return;
        }
        Long impressions = whole(line, cells, IMPRESSIONS);
        Long interactions = has(INTERACTIONS) ? whole(line, cells, INTERACTIONS) : sumOfParts(line, cells);
        if (problemsOn(line)) {
            return;
        }
        if (impressions == null || interactions == null) {
            problem(line, "followup.import.problem.postFigures");
            return;
        }
        String title = text(cells, TITLE);
        if (title != null && title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        period.postRows.add(new PostRow(
                link.trim(),
                title == null || title.isBlank() ? null : title.trim(),
                date,
                Math.toIntExact(impressions),
                Math.toIntExact(interactions)));
    }

    private Long sumOfParts(long line, List<String> cells) {
        long sum = 0;
        boolean any = false;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (INTERACTION_PARTS.contains(column.getKey())) {
                Long part = number(line, column.getKey(), cell(cells, column.getValue()));
                if (part != null) {
                    sum += part;
                    any = true;
                }
            }
        }
        return any ? sum : null;
    }

    private Long whole(long line, List<String> cells, Set<String> names) {
        String name = column(names);
        return name == null ? null : number(line, name, cell(cells, columns.get(name)));
    }

    private Long number(long line, String column, String text) {
        if (text == null || text.isBlank() || "-".equals(text.trim())) {
            return null;
        }
        String digits = text.replace(" ", "").replace("\u00A0", "");
        try {
            long value = Long.parseLong(digits);
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problem(line, "followup.import.problem.number", column, text);
            return null;
        }
    }

    private Double rate(long line, List<String> cells) {
        String name = column(RATE);
        String text = name == null ? null : cell(cells, columns.get(name));
        if (text == null || text.isBlank() || "-".equals(text.trim())) {
            return null;
        }
        boolean percent = text.contains("%");
        String number =
                text.replace("%", "").replace(" ", "").replace("\u00A0", "").replace(',', '.');
        try {
            double value = Double.parseDouble(number);
            double share = percent || value > 1 ? value : value * 100;
            if (Double.isNaN(share) || share < 0 || share > 100) {
                throw new NumberFormatException();
            }
            return share;
        } catch (NumberFormatException e) {
            problem(line, "followup.import.problem.rate", text);
            return null;
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** ISO dates (also the date part of a date-time), LinkedIn's US dates (11/03/2026) and 3.11.2026. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.length() > 10 && value.charAt(4) == '-') {
            value = value.substring(0, 10);
        } else if (value.contains(" ")) {
            value = value.substring(0, value.indexOf(' '));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private boolean has(Set<String> names) {
        return column(names) != null;
    }

    private String column(Set<String> names) {
        for (String name : columns.keySet()) {
            if (names.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private String text(List<String> cells, Set<String> names) {
        String name = column(names);
        return name == null ? null : cell(cells, columns.get(name));
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).trim() : null;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

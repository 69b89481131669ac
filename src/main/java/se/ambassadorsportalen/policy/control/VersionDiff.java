package se.ambassadorsportalen.policy.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What changed between two versions of a document, line by line over the Markdown source, with
 * java-diff-utils doing the comparison. Each line says in words whether it was added, removed or
 * changed, so the view never relies on colour alone.
 */
public final class VersionDiff {

    public enum Change {
        UNCHANGED,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One row of a side-by-side comparison; a side is empty where the line does not exist. */
    public record Line(Change change, String before, String after) implements Serializable {

        public boolean isChanged() {
            return change != Change.UNCHANGED;
        }
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(Function.identity())
            .build();

    private VersionDiff() {}

    public static List<Line> between(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(before), lines(after));
        return rows.stream()
                .map(row -> new Line(change(row.getTag()), row.getOldLine(), row.getNewLine()))
                .toList();
    }

    /** How many lines differ, for a one-line summary above the comparison. */
    public static long changedLines(List<Line> lines) {
        return lines.stream().filter(Line::isChanged).count();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
    }

    private static Change change(DiffRow.Tag tag) {
        return switch (tag) {
            case INSERT -> Change.ADDED;
            case DELETE -> Change.REMOVED;
            case CHANGE -> Change.CHANGED;
            case EQUAL -> Change.UNCHANGED;
        };
    }
}

package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.policy.control.VersionDiff.Change;

class VersionDiffTest {

    @Test
    void sameTextHasNoChangedLines() {
        List<VersionDiff.Line> lines = VersionDiff.between("a\nb", "a\nb");

        assertThat(VersionDiff.changedLines(lines)).isZero();
        assertThat(lines).extracting(VersionDiff.Line::change).containsExactly(Change.UNCHANGED, Change.UNCHANGED);
    }

    @Test
    void addedRemovedAndChangedLinesAreNamed() {
        List<VersionDiff.Line> lines = VersionDiff.between("Rubrik\nGammal mening\nStrykes", "Rubrik\nNy mening\n");

        assertThat(lines.get(0)).isEqualTo(new VersionDiff.Line(Change.UNCHANGED, "Rubrik", "Rubrik"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.change()).isEqualTo(Change.CHANGED);
            assertThat(line.before()).isEqualTo("Gammal mening");
            assertThat(line.after()).isEqualTo("Ny mening");
        });
        assertThat(VersionDiff.changedLines(lines)).isPositive();
    }

    @Test
    void lineAddedAtTheEndIsAnAddition() {
        List<VersionDiff.Line> lines = VersionDiff.between("Ett", "Ett\nTvå");

        assertThat(lines).extracting(VersionDiff.Line::change).containsExactly(Change.UNCHANGED, Change.ADDED);
        assertThat(lines.get(1).after()).isEqualTo("Två");
    }

    @Test
    void markupInTheTextIsLeftForTheViewToEscape() {
        List<VersionDiff.Line> lines = VersionDiff.between("", "a < b & c");

        assertThat(lines.get(0).after()).isEqualTo("a < b & c");
    }
}

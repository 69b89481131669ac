package se.ambassadorsportalen.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void shareIsTheBytesReadOfTheTotalAndFullOnlyWhenEverythingIsReadOrTheImportIsDone() {
        ImportProgress progress = new ImportProgress();
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.WAITING);
        assertThat(progress.percent()).isZero();

        progress.reading(250, 1_000, 40);
        assertThat(progress.percent()).isEqualTo(25);
        assertThat(progress.rows()).isEqualTo(40);
        progress.reading(999, 1_000, 160);
        assertThat(progress.percent())
                .as("rounded down, never 100 before the end")
                .isEqualTo(99);

        progress.storing();
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.STORING);
        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    void importRefusedBeforeTheEndOfTheFileStillEndsFull() {
        ImportProgress progress = new ImportProgress();
        progress.reading(10, 1_000, 0);

        progress.finished();

        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.FINISHED);
        assertThat(progress.percent()).isEqualTo(100);
    }
}

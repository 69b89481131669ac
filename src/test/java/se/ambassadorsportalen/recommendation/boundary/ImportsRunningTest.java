package se.ambassadorsportalen.recommendation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportsRunningTest {

    @Test
    void importIsCountedWhileItRunsAndNoLongerAfterwardsEvenWhenItFails() {
        ImportsRunning imports = new ImportsRunning();

        int during = imports.counted(imports::count);
        assertThatThrownBy(() -> imports.counted(() -> {
                    throw new IllegalStateException("bad file");
                }))
                .hasMessage("bad file");

        assertThat(during).isEqualTo(1);
        assertThat(imports.count()).isZero();
    }
}

package se.ambassadorsportalen.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoVolumeTest {

    @Test
    void largeProfileIsARegionOfSevenThousand() {
        assertThat(DemoVolume.LARGE).isEqualTo(new DemoVolume(7_000, 1_500, 20_000, 2_000, 500, 50_000, 1_000_000, 5));
    }

    @Test
    void scaledVolumeKeepsTheShapeAndAtLeastOneOfEach() {
        assertThat(DemoVolume.scaled(0.01)).isEqualTo(new DemoVolume(70, 15, 200, 20, 5, 500, 10_000, 5));
        assertThat(DemoVolume.scaled(0.0001)).isEqualTo(new DemoVolume(1, 1, 2, 1, 1, 5, 100, 5));
    }

    @Test
    void volumeWithMoreAmbassadorsThanEmployeesIsRefused() {
        assertThatThrownBy(() -> new DemoVolume(10, 11, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyLargeInAnyCaseAsksForTheLargeProfile() {
        assertThat(DemoSize.of(" Large ")).isEqualTo(DemoSize.LARGE);
        assertThat(DemoSize.of("small")).isEqualTo(DemoSize.SMALL);
        assertThat(DemoSize.of(null)).isEqualTo(DemoSize.SMALL);
        assertThat(DemoSize.of("huge")).isEqualTo(DemoSize.SMALL);
        assertThat(DemoSize.LARGE.includes(DemoSize.SMALL)).isTrue();
        assertThat(DemoSize.SMALL.includes(DemoSize.LARGE)).isFalse();
    }
}

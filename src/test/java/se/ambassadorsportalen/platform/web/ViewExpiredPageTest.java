package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewExpiredPageTest {

    @Test
    void theWayBackIsThePageOfASameSiteReferer() {
        assertThat(ViewExpiredBacking.pageOf("http://portal.region.se/story/view.xhtml?id=12", "portal.region.se", ""))
                .isEqualTo("/story/view.xhtml?id=12");
    }

    @Test
    void theContextPathIsLeftOutOfTheWayBack() {
        assertThat(ViewExpiredBacking.pageOf("https://intra.se/portal/press/lookup.xhtml", "intra.se", "/portal"))
                .isEqualTo("/press/lookup.xhtml");
    }

    @Test
    void anotherSitesRefererGivesNoWayBack() {
        assertThat(ViewExpiredBacking.pageOf("https://evil.example/policy/index.xhtml", "portal.region.se", ""))
                .isNull();
        assertThat(ViewExpiredBacking.pageOf("https://portal.region.se.evil.example/x.xhtml", "portal.region.se", ""))
                .isNull();
    }

    @Test
    void aRefererThatIsNoPlainPortalPathGivesNoWayBack() {
        assertThat(ViewExpiredBacking.pageOf(null, "portal.region.se", "")).isNull();
        assertThat(ViewExpiredBacking.pageOf("not a uri", "portal.region.se", ""))
                .isNull();
        assertThat(ViewExpiredBacking.pageOf("http://portal.region.se/a/../../etc", "portal.region.se", ""))
                .isNull();
        assertThat(ViewExpiredBacking.pageOf(
                        "http://portal.region.se/portalx/page.xhtml", "portal.region.se", "/portal"))
                .isNull();
    }
}

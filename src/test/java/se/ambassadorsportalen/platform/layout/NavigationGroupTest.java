package se.ambassadorsportalen.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.Role;

class NavigationGroupTest {

    private static NavigationItem item(String id, String labelKey, int order) {
        return new NavigationItem(id, labelKey, "/" + id + ".xhtml", order, EnumSet.of(Role.EMPLOYEE));
    }

    @Test
    void entriesAreGatheredUnderTheirModuleInTheOrderOfEachModulesFirstEntry() {
        List<NavigationGroup> groups = NavigationGroup.of(List.of(
                item("calendar", "story.nav.calendar", 330),
                item("policies", "policy.nav.policies", 100),
                item("stories", "story.nav.stories", 300),
                item("channels", "policy.nav.channels", 110),
                NavigationItem.topLevel("home", "platform.nav.home", "/index.xhtml", 0, EnumSet.allOf(Role.class))));

        assertThat(groups).extracting(NavigationGroup::key).containsExactly("item:home", "policy", "story");
        assertThat(groups.get(2).items()).extracting(NavigationItem::id).containsExactly("stories", "calendar");
        assertThat(groups.get(1).labelKey()).isEqualTo("policy.nav.group");
        assertThat(groups.get(1).isMenu()).isTrue();
    }

    @Test
    void aTopLevelEntryOrAModuleWithOneEntryIsAPlainLinkLabelledByTheEntry() {
        List<NavigationGroup> groups = NavigationGroup.of(List.of(
                item("news", "news.nav.news", 50),
                NavigationItem.topLevel(
                        "account",
                        "organisation.nav.account",
                        "/account/index.xhtml",
                        990,
                        EnumSet.allOf(Role.class))));

        assertThat(groups).allMatch(group -> !group.isMenu());
        assertThat(groups.get(1).labelKey()).isEqualTo("organisation.nav.account");
        assertThat(groups.get(0).first().id()).isEqualTo("news");
    }
}

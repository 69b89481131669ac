package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.ambassador.entity.DirectoryTouch;
import se.ambassadorsportalen.platform.persistence.Page;

class DirectoryPagesTest {

    private final DirectoryPages pages = new DirectoryPages();
    private final AtomicInteger reads = new AtomicInteger();

    private record Key(String search, int first) {}

    private Page<DirectoryRow> read(String name) {
        reads.incrementAndGet();
        return new Page<>(
                List.of(new DirectoryRow(
                        1,
                        name,
                        "Sjuksköterska",
                        "Akuten",
                        "Älvstad",
                        "vård",
                        "arabiska",
                        List.of(new DirectoryRow.Presence(Channel.LINKEDIN, "anna")),
                        AmbassadorStatus.ACTIVE,
                        true,
                        2)),
                1);
    }

    @Test
    void theNextReaderOfTheSamePageGetsThePageReadBefore() {
        Page<DirectoryRow> first = pages.page(new Key("", 0), () -> read("Anna Berg"));

        Page<DirectoryRow> again = pages.page(new Key("", 0), () -> read("Anna Berg"));

        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherSearchOrWindowIsReadOnItsOwn() {
        pages.page(new Key("", 0), () -> read("Anna Berg"));

        Page<DirectoryRow> other = pages.page(new Key("arabiska", 0), () -> read("Ahmed Yusuf"));
        Page<DirectoryRow> next = pages.page(new Key("", 20), () -> read("Nils Björk"));

        assertThat(other.items().get(0).name()).isEqualTo("Ahmed Yusuf");
        assertThat(next.items().get(0).name()).isEqualTo("Nils Björk");
        assertThat(reads).hasValue(3);
    }

    @Test
    void aCommittedChangeToAnAmbassadorOrInvitationForgetsEveryPage() {
        pages.page(new Key("", 0), () -> read("Anna Berg"));
        pages.page(new Key("arabiska", 0), () -> read("Ahmed Yusuf"));

        pages.changed(new DirectoryTouch.Changed());

        assertThat(pages.page(new Key("", 0), () -> read("Anna Lind"))
                        .items()
                        .get(0)
                        .name())
                .isEqualTo("Anna Lind");
        assertThat(pages.page(new Key("arabiska", 0), () -> read("Ahmed Ali"))
                        .items()
                        .get(0)
                        .name())
                .isEqualTo("Ahmed Ali");
        assertThat(reads).hasValue(4);
    }

    @Test
    void aRowKeepsNoListItsCallerCanChange() {
        List<DirectoryRow.Presence> channels =
                new java.util.ArrayList<>(List.of(new DirectoryRow.Presence(Channel.INSTAGRAM, null)));
        DirectoryRow row = new DirectoryRow(
                7, "Eva Ek", null, null, null, null, null, channels, AmbassadorStatus.APPLIED, false, 0);

        channels.add(new DirectoryRow.Presence(Channel.X, "eva"));

        assertThat(row.channels()).containsExactly(new DirectoryRow.Presence(Channel.INSTAGRAM, null));
    }
}

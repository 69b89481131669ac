package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;

class LazyPageTest {

    /**
     * The shared session store serializes view-scoped beans with their table models: a source or key
     * that is not serializable fails here, and one that is transient would be missing on the next node.
     */
    @Test
    void aTableModelTravelsToAnotherNodeWithItsPageSourceAndRowKeys() throws Exception {
        List<String> names = new ArrayList<>(List.of("Eva", "Magnus", "Petra"));
        LazyPage<String> page = new LazyPage<>(
                request -> new Page<>(
                        names.subList(request.first(), Math.min(names.size(), request.first() + request.size())),
                        names.size()),
                name -> name.toLowerCase());

        LazyPage<String> moved = roundTrip(page);

        assertThat(moved.getRowKey("Eva")).isEqualTo("eva");
    }

    /**
     * A failover sends the postback to a node that never rendered the page: the rows it showed
     * travel with the model, so a row that moved meanwhile is left out there too.
     */
    @Test
    void aTableModelOnAnotherNodeStillLeavesOutRowsThatMovedSinceThePageShowedThem() throws Exception {
        LazyPage<String> page = new LazyPage<>(request -> null, name -> name);
        PageRequest firstPage =
                new PageRequest(0, 3, "title", true, java.util.Map.of("q", "vård"), Locale.forLanguageTag("sv"));
        page.rows(firstPage, new Page<>(List.of("a", "b", "c"), 3), true);

        LazyPage<String> onTheOtherNode = roundTrip(page);

        assertThat(onTheOtherNode.rows(firstPage, new Page<>(List.of("a", "c", "d"), 3), false))
                .containsExactly("a");
        assertThat(onTheOtherNode.rows(PageRequest.of(3, 3), new Page<>(List.of("e"), 4), false))
                .as("another page than the one shown")
                .containsExactly("e");
    }

    @Test
    void aPostbackActsOnTheRowsAsShownWhenNothingMoved() {
        List<String> rows = List.of("a", "b", "c");

        assertThat(LazyPage.rowsInPlace(rows, List.of("a", "b", "c"), String::valueOf))
                .containsExactly("a", "b", "c");
    }

    @Test
    void rowsAddedOrRemovedAtTheEndLeaveTheShownRowsInPlace() {
        assertThat(LazyPage.rowsInPlace(List.of("a", "b", "c", "d"), List.of("a", "b", "c"), String::valueOf))
                .containsExactly("a", "b", "c", "d");
        assertThat(LazyPage.rowsInPlace(List.of("a", "b"), List.of("a", "b", "c"), String::valueOf))
                .containsExactly("a", "b");
    }

    @Test
    void rowsThatMovedSinceThePageShowedThemCannotBeActedOn() {
        // "b" was planned by someone else meanwhile: the third button would now act on "d"
        assertThat(LazyPage.rowsInPlace(List.of("a", "c", "d"), List.of("a", "b", "c"), String::valueOf))
                .containsExactly("a");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

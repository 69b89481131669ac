package se.ambassadorsportalen.press.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class TopicTest {

    static Topic dentalCare() {
        return new Topic("folktandvard", "Folktandvården", "FTV", "tandvård", "tandläkare");
    }

    @Test
    void describingATopicReplacesItsNameAreaAndSynonymsButKeepsItsCode() {
        Topic topic = dentalCare();

        topic.describe("  Folktandvård  ", "ftv", List.of("Tandvård", " käkortopedi ", "tandvård", ""));

        assertThat(topic.getCode()).isEqualTo("folktandvard");
        assertThat(topic.getName()).isEqualTo("Folktandvård");
        assertThat(topic.getAreaCode()).isEqualTo("FTV");
        assertThat(topic.synonymList()).containsExactly("tandvård", "käkortopedi");
    }

    @Test
    void synonymsTypedInOneFieldAreSplitAtCommasAndLineEndsWithoutEmptyOnes() {
        assertThat(Topic.synonymsTyped("tandvård, tandläkare\r\nkäkortopedi,,\n "))
                .containsExactly("tandvård", "tandläkare", "käkortopedi");
        assertThat(Topic.synonymsTyped(null)).isEmpty();
    }

    @Test
    void topicWithoutSynonymsKeepsNone() {
        Topic topic = dentalCare();

        topic.describe("Folktandvården", "FTV", null);

        assertThat(topic.getSynonyms()).isNull();
        assertThat(topic.synonymList()).isEmpty();
    }

    @Test
    void topicWithoutANameOrAreaIsRefusedAtThatField() {
        Topic topic = dentalCare();

        assertThatThrownBy(() -> topic.describe(" ", "FTV", List.of()))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> topic.describe("Tandvård", null, List.of()))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("area"));
        assertThat(topic.getName()).isEqualTo("Folktandvården");
    }

    @Test
    void synonymWithACommaIsRefusedBecauseCommasSeparateSynonyms() {
        Topic topic = dentalCare();

        assertThatThrownBy(() -> topic.describe("Folktandvården", "FTV", List.of("tand, vård")))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("synonyms"));
        assertThat(topic.synonymList()).containsExactly("tandvård", "tandläkare");
    }

    @Test
    void synonymsLongerThanTheColumnAreRefusedAndTheOldOnesKept() {
        Topic topic = dentalCare();
        char[] word = new char[300];
        Arrays.fill(word, 'a');
        List<String> many = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new String(word) + i)
                .toList();

        assertThatThrownBy(() -> topic.describe("Folktandvården", "FTV", many))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("synonyms"));
        assertThat(topic.synonymList()).containsExactly("tandvård", "tandläkare");
    }
}

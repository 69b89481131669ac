package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void aFirstNameASurnameOrBothInEitherOrderFindThePerson() {
        for (String typed :
                new String[] {"Karin", "Lund", "karin lund", "Karin Lund", "Lund, Karin", "LUND,KARIN", "kar"}) {
            assertThat(NameWords.of(typed).matches("Karin", "Lund")).as(typed).isTrue();
        }
    }

    @Test
    void everyWordMustBeFoundInTheFirstNameOrTheSurname() {
        assertThat(NameWords.of("Karin Berg").matches("Karin", "Lund")).isFalse();
        assertThat(NameWords.of("Zzzqq").matches("Karin", "Lund")).isFalse();
    }

    @Test
    void theWordsAreLowerCaseAndSplitAtSpacesAndCommas() {
        assertThat(NameWords.of("  Lund,  Karin ").words()).containsExactly("lund", "karin");
        assertThat(NameWords.of(" , ").isEmpty()).isTrue();
        assertThat(NameWords.of(null).isEmpty()).isTrue();
    }
}

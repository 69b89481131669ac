package se.ambassadorsportalen.policy.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.policy.api.LixBand;
import se.ambassadorsportalen.policy.api.LixScore;

class LixTest {

    @Test
    void shortPlainSentencesAreVeryEasy() {
        // 9 words, 2 sentences, no word over six letters (svarar, snabbt have six): 9/2 + 0 = 4.5
        LixScore score = Lix.score("Vi svarar dig i dag. Du får hjälp snabbt.");

        assertThat(score.words()).isEqualTo(9);
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.longWords()).isZero();
        assertThat(score.lix()).isEqualTo(4.5);
        assertThat(score.band()).isEqualTo(LixBand.VERY_EASY);
    }

    @Test
    void longWordsAndOneLongSentenceMakeADifficultText() {
        // Words (12): Förvaltningens(14) kommunikationsansvariga(23) säkerställer(12) att(3) samtliga(8)
        // medarbetare(11) erhåller(8) information(11) före(4) externa(7) intressenter(12) publiceras(10)
        // long (>6 letters): 10 of 12. One sentence. 12/1 + 100*10/12 = 12 + 83.33 = 95.3
        LixScore score = Lix.score("Förvaltningens kommunikationsansvariga säkerställer att samtliga medarbetare "
                + "erhåller information före externa intressenter publiceras.");

        assertThat(score.words()).isEqualTo(12);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.longWords()).isEqualTo(10);
        assertThat(score.lix()).isEqualTo(95.3);
        assertThat(score.band()).isEqualTo(LixBand.VERY_DIFFICULT);
    }

    @Test
    void countsSentencesAtFullStopsQuestionMarksExclamationsAndColons() {
        // 10 words: Ring(4) oss(3) om(2) du(2) undrar(6) Vi(2) svarar(6) Kontakta(8) pressjouren(11) direkt(6)
        // sentences: "?" "." ":" and the last "!" = 4; long: Kontakta, pressjouren = 2
        // 10/4 + 100*2/10 = 2.5 + 20 = 22.5
        LixScore score = Lix.score("Ring oss om du undrar? Vi svarar. Kontakta: pressjouren direkt!");

        assertThat(score.sentences()).isEqualTo(4);
        assertThat(score.longWords()).isEqualTo(2);
        assertThat(score.lix()).isEqualTo(22.5);
    }

    @Test
    void aTextWithoutAFinalStopIsStillOneSentence() {
        // 4 words, 1 sentence, 1 long (sjuksköterska): 4 + 25 = 29.0
        assertThat(Lix.score("Eva är vår sjuksköterska").lix()).isEqualTo(29.0);
    }

    @Test
    void decimalPointsAndHyphenatedWordsDoNotSplitSentencesOrWords() {
        // "Vi når 3.5 procent på e-post." words: Vi, når, 3, 5?  -> digits split at '.', so 3 and 5 are words.
        // Words: Vi, når, 3, 5, procent(7), på, e-post = 7; long: procent = 1; sentences: 1
        // 7/1 + 100/7 = 7 + 14.29 = 21.3
        LixScore score = Lix.score("Vi når 3.5 procent på e-post.");

        assertThat(score.words()).isEqualTo(7);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.lix()).isEqualTo(21.3);
    }

    @Test
    void bandsFollowTheUsualLimits() {
        assertThat(LixBand.of(29.9)).isEqualTo(LixBand.VERY_EASY);
        assertThat(LixBand.of(30)).isEqualTo(LixBand.EASY);
        assertThat(LixBand.of(45)).isEqualTo(LixBand.MEDIUM);
        assertThat(LixBand.of(55)).isEqualTo(LixBand.DIFFICULT);
        assertThat(LixBand.of(60.1)).isEqualTo(LixBand.VERY_DIFFICULT);
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoScore() {
        assertThat(Lix.score("   ").hasText()).isFalse();
        assertThat(Lix.score("... !!").band()).isNull();
        assertThat(Lix.score(null).words()).isZero();
    }
}

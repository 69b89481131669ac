package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.tabular.ImportProgress;

class AnswerFileTest {

    private static final Charset EXCEL = Charset.forName("windows-1252");
    private final Function<String, Optional<Long>> units =
            code -> Optional.ofNullable(Map.of("HSF-MED3", 1L, "HSF-AKUT", 2L).get(code));

    private AnswerFile.Result read(String text, Charset charset, AnswerScale scale) {
        return AnswerFile.read(text.getBytes(charset), scale, scale.defaultRecommendsFrom(), units);
    }

    @Test
    void answersAreSummedPerUnitAndGroupingWithoutKeepingAnyAnswerAlone() {
        AnswerFile.Result result = read(
                "enhet;svar;åldersgrupp\nHSF-MED3;10;30–39\nHSF-MED3;9;30–39\n" + "HSF-MED3;3;30–39\nHSF-AKUT;7;\n",
                StandardCharsets.UTF_8,
                AnswerScale.ZERO_TO_TEN);

        assertThat(result.isValid()).isTrue();
        assertThat(result.shape()).isEqualTo(AnswerFile.Shape.ANSWERS);
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.answers()).isEqualTo(4);
        assertThat(result.recommenders()).isEqualTo(2);
        AnswerFile.Tally med3 = result.counts().get(new AnswerFile.Key(1, "30–39", null));
        assertThat(med3.answers()).isEqualTo(3);
        assertThat(med3.recommenders()).isEqualTo(2);
        assertThat(med3.promoters()).isEqualTo(2);
        assertThat(med3.detractors()).isEqualTo(1);
        assertThat(result.counts().get(new AnswerFile.Key(2, null, null)).detractors())
                .isZero();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsCounted() {
        AnswerFile.Result result = read(
                "unit,answer\nHSF-MED3,5\nXX-1,4\n,3\nHSF-MED3,6\nHSF-MED3,fem\nHSF-AKUT,1\n",
                StandardCharsets.UTF_8,
                AnswerScale.ONE_TO_FIVE);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(AnswerFile.Problem::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(result.problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly(
                        "recommendation.import.problem.unknownUnit", "recommendation.import.problem.noUnit",
                        "recommendation.import.problem.outsideScale", "recommendation.import.problem.outsideScale");
        assertThat(result.counts()).isEmpty();
    }

    @Test
    void aBrokenQuoteIsReportedInThePersonsLanguageWithoutTheParsersClassNames() {
        AnswerFile.Result result =
                read("enhet;svar\nHSF-MED3;5\n\"HSF-MED3\"x;4\n", StandardCharsets.UTF_8, AnswerScale.ONE_TO_FIVE);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("recommendation.import.problem.unreadableQuote");
            assertThat(problem.arguments()).isEmpty();
        });
    }

    @Test
    void excelCsvInWindows1252KeepsSwedishLetters() {
        byte[] bytes = "Enhet;Svar;Yrkesgrupp\nHSF-MED3;ja;Sjuksköterska\nHSF-MED3;nej;Läkare\n".getBytes(EXCEL);

        AnswerFile.Result result = AnswerFile.read(bytes, AnswerScale.YES_NO, 1, units);

        assertThat(result.charset()).isEqualTo(EXCEL);
        assertThat(result.counts()).containsKey(new AnswerFile.Key(1, null, "Sjuksköterska"));
        assertThat(result.counts()).containsKey(new AnswerFile.Key(1, null, "Läkare"));
    }

    @Test
    void utf8WithByteOrderMarkIsReadAsUtf8() {
        byte[] bytes = ("\uFEFFenhet;svar;yrkesgrupp\nHSF-MED3;1;Kurator på BUP\n").getBytes(StandardCharsets.UTF_8);

        AnswerFile.Result result = AnswerFile.read(bytes, AnswerScale.YES_NO, 1, units);

        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.isValid()).isTrue();
        assertThat(result.counts()).containsKey(new AnswerFile.Key(1, null, "Kurator på BUP"));
    }

    @Test
    void totalsExportIsReadAsUnitRespondentsAndRecommenders() {
        AnswerFile.Result result = read(
                "enhet\tsvarande\trekommenderar\nHSF-MED3\t40\t30\nHSF-AKUT\t3\t5\n",
                StandardCharsets.UTF_8,
                AnswerScale.ONE_TO_FIVE);

        assertThat(result.shape()).isEqualTo(AnswerFile.Shape.TOTALS);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.key()).isEqualTo("recommendation.import.problem.moreRecommendersThanRespondents");
        });
    }

    @Test
    void emptyFileAndFileWithoutTheNeededColumnsAreReported() {
        assertThat(read("", StandardCharsets.UTF_8, AnswerScale.YES_NO).problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.empty");
        assertThat(read("enhet;svar\n", StandardCharsets.UTF_8, AnswerScale.YES_NO)
                        .problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.empty");
        assertThat(read("namn;ålder\nEva;40\n", StandardCharsets.UTF_8, AnswerScale.YES_NO)
                        .problems())
                .extracting(AnswerFile.Problem::key)
                .containsExactly("recommendation.import.problem.header");
    }

    @Test
    void answersOutsideEachScaleAreRefused() {
        assertThat(AnswerScale.ONE_TO_FIVE.parse("0")).isEmpty();
        assertThat(AnswerScale.ONE_TO_FIVE.parse(" 5 ")).contains(5);
        assertThat(AnswerScale.ZERO_TO_TEN.parse("11")).isEmpty();
        assertThat(AnswerScale.YES_NO.parse("Ja")).contains(1);
        assertThat(AnswerScale.YES_NO.parse("2")).isEmpty();
    }

    @Test
    void unitNamesAreAcceptedBesideCodesAndAnAmbiguousNameIsAClearRowError() {
        UnitMatcher matcher = new UnitMatcher(java.util.List.of(
                new UnitMatcher.Candidate(1, "HSF-MED3", "Medicinavdelning 3"),
                new UnitMatcher.Candidate(5, "PRIM-KANS", "Kansli"),
                new UnitMatcher.Candidate(6, "TAND-KANS", "Kansli")));
        byte[] bytes = "enhet;svar\nMedicinavdelning 3;5\nHSF-MED3;4\nKansli;5\n".getBytes(StandardCharsets.UTF_8);

        AnswerFile.Result result = AnswerFile.read(bytes, AnswerScale.ONE_TO_FIVE, 4, matcher, new ImportProgress());

        assertThat(result.problems())
                .containsExactly(new AnswerFile.Problem(
                        4,
                        "recommendation.import.problem.ambiguousUnit",
                        java.util.List.of("Kansli", "PRIM-KANS, TAND-KANS")));
        assertThat(result.rows()).isEqualTo(3);
    }

    @Test
    void repeatedProblemsAreSummarisedByReasonWithTheirRowsCountedPastTheListedOnes() {
        StringBuilder csv = new StringBuilder("enhet;svar\n");
        csv.append("Medicinavdelningen;5\n".repeat(2000)).append("HSF-MED3;9\n").append("HSF-AKUT;x\n");

        AnswerFile.Result result = read(csv.toString(), StandardCharsets.UTF_8, AnswerScale.ONE_TO_FIVE);

        assertThat(result.problemCount()).isEqualTo(2002);
        assertThat(result.problems()).hasSize(AnswerFile.MAX_LISTED_PROBLEMS);
        assertThat(result.summary())
                .containsExactly(
                        new AnswerFile.RepeatedProblem(
                                "recommendation.import.problem.unknownUnit",
                                java.util.List.of("Medicinavdelningen"),
                                2000,
                                2,
                                2001),
                        new AnswerFile.RepeatedProblem(
                                "recommendation.import.problem.outsideScale",
                                java.util.List.of("9", "1–5"),
                                1,
                                2002,
                                2002),
                        new AnswerFile.RepeatedProblem(
                                "recommendation.import.problem.outsideScale",
                                java.util.List.of("x", "1–5"),
                                1,
                                2003,
                                2003));
    }
}

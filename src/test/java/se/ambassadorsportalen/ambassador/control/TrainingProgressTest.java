package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.QuizQuestion;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

class TrainingProgressTest {

    static TrainingModule module(long id, Purpose... purposes) throws Exception {
        TrainingModule module = new TrainingModule(
                "Modul " + id,
                "Innehåll",
                purposes.length == 0 ? EnumSet.noneOf(Purpose.class) : EnumSet.of(purposes[0], purposes));
        Field field = VersionedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(module, id);
        return module;
    }

    @Test
    void trainedForAPurposeWhenEveryModuleItRequiresIsDone() throws Exception {
        List<TrainingModule> modules = List.of(
                module(1, Purpose.AMBASSADOR, Purpose.RELAY), module(2, Purpose.RELAY), module(3, Purpose.MEDIA));

        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, modules, Set.of(1L)))
                .isFalse();
        assertThat(TrainingProgress.missing(Purpose.RELAY, modules, Set.of(1L)))
                .extracting(TrainingModule::getId)
                .containsExactly(2L);
        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, modules, Set.of(1L, 2L)))
                .isTrue();
        assertThat(TrainingProgress.trainedFor(Purpose.AMBASSADOR, modules, Set.of(1L)))
                .isTrue();
        assertThat(TrainingProgress.trainedFor(Purpose.MEDIA, modules, Set.of(1L, 2L)))
                .isFalse();
    }

    @Test
    void aRetiredModuleIsNoLongerRequired() throws Exception {
        TrainingModule old = module(4, Purpose.RELAY);
        old.retire();
        assertThat(TrainingProgress.trainedFor(Purpose.RELAY, List.of(old), Set.of()))
                .isTrue();
    }

    private static QuizQuestion.Draft question(String text, int answer, String... options) {
        return new QuizQuestion.Draft(text, List.of(options), answer);
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (PortalException e) {
            return e.field() + " " + e.key();
        }
        throw new AssertionError("no PortalException");
    }

    @Test
    void aOneQuestionQuizMustBeAnsweredRight() throws Exception {
        TrainingModule module = module(5, Purpose.RELAY);
        module.changeQuiz(List.of(question("Hur många inlägg?", 0, "1–3", "10")), null);

        assertThat(fieldOf(() -> module.checkAnswers(null)))
                .isEqualTo("answers:0:answer ambassador.training.quiz.unanswered");
        assertThat(fieldOf(() -> module.checkAnswers(List.of(1)))).isEqualTo("answers ambassador.training.quiz.wrong");
        module.checkAnswers(List.of(0));
    }

    @Test
    void aQuizOfSeveralQuestionsIsPassedOnlyWhenAllAreRight() throws Exception {
        TrainingModule module = module(7, Purpose.RELAY);
        module.changeQuiz(
                List.of(
                        question("Hur många inlägg?", 0, "1–3", "10"),
                        question("När får en kollega synas?", 1, "Alltid", "När hen sagt ja", "Aldrig"),
                        question("Vem svarar medierna?", 2, "Ingen", "Bara chefen", "Den som kan sakfrågan")),
                null);

        assertThat(module.getNeededRight()).isEqualTo(3);
        assertThat(module.grade(List.of(0, 1, 0))).isEqualTo(new TrainingModule.QuizResult(2, 3, 3));
        assertThat(module.grade(List.of(0, 1, 0)).passed()).isFalse();
        assertThatThrownBy(() -> module.checkAnswers(List.of(0, 1, 0)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.key()).isEqualTo("ambassador.training.quiz.notPassed");
                    assertThat(e.arguments()).containsExactly(2, 3, 3);
                });
        module.checkAnswers(List.of(0, 1, 2));
    }

    @Test
    void everyQuestionMustBeAnsweredAndTheFirstUnansweredIsNamed() throws Exception {
        TrainingModule module = module(8);
        module.changeQuiz(List.of(question("A?", 0, "Ja", "Nej"), question("B?", 1, "Ja", "Nej")), null);

        assertThat(fieldOf(() -> module.checkAnswers(java.util.Arrays.asList(0, null))))
                .isEqualTo("answers:1:answer ambassador.training.quiz.unanswered");
        assertThat(fieldOf(() -> module.checkAnswers(List.of(0)))).startsWith("answers:1:answer");
    }

    @Test
    void aPassMarkLetsSomeAnswersBeWrong() throws Exception {
        TrainingModule module = module(9);
        module.changeQuiz(
                List.of(question("A?", 0, "Ja", "Nej"), question("B?", 1, "Ja", "Nej"), question("C?", 0, "Ja", "Nej")),
                2);

        assertThat(module.getPassMark()).isEqualTo(2);
        module.checkAnswers(List.of(0, 1, 1));
        assertThatThrownBy(() -> module.checkAnswers(List.of(1, 1, 1))).isInstanceOf(PortalException.class);
    }

    @Test
    void aPassMarkOutsideOneToTheNumberOfQuestionsIsRefusedAndAPassMarkOfAllIsKeptAsAll() throws Exception {
        TrainingModule module = module(10);
        List<QuizQuestion.Draft> two = List.of(question("A?", 0, "Ja", "Nej"), question("B?", 1, "Ja", "Nej"));

        assertThat(fieldOf(() -> module.changeQuiz(two, 3))).isEqualTo("passMark ambassador.training.quiz.passMark");
        assertThat(fieldOf(() -> module.changeQuiz(two, 0))).isEqualTo("passMark ambassador.training.quiz.passMark");
        module.changeQuiz(two, 2);
        assertThat(module.getPassMark())
                .as("all questions: stored as 'all', so a question added later counts too")
                .isNull();
    }

    @Test
    void eachQuestionNeedsTwoOptionsAndAnAnswerAmongThemReportedAtItsPlace() throws Exception {
        TrainingModule module = module(6);

        assertThat(fieldOf(() -> module.changeQuiz(
                        List.of(question("A?", 0, "Ja", "Nej"), question("B?", 0, "Bara ett")), null)))
                .isEqualTo("questions:1:options ambassador.training.quiz.options");
        assertThat(fieldOf(() -> module.changeQuiz(List.of(question("A?", 2, "Ja", "Nej")), null)))
                .isEqualTo("questions:0:answer ambassador.training.quiz.answer");
        assertThat(fieldOf(() -> module.changeQuiz(List.of(question(" ", 0, "Ja", "Nej")), null)))
                .isEqualTo("questions:0:question ambassador.training.quiz.question");
        assertThat(module.hasQuiz()).isFalse();
    }

    @Test
    void blankRowsAreLeftOutButProblemsAreReportedAtTheRowAsWritten() throws Exception {
        TrainingModule module = module(11);

        assertThat(fieldOf(() -> module.changeQuiz(
                        List.of(new QuizQuestion.Draft("", List.of("", " "), null), question("B?", 5, "Ja", "Nej")),
                        null)))
                .isEqualTo("questions:1:answer ambassador.training.quiz.answer");
        module.changeQuiz(List.of(new QuizQuestion.Draft(null, List.of(), null), question("B?", 1, "Ja", "Nej")), null);

        assertThat(module.getQuizQuestions())
                .extracting(QuizQuestion::getQuestion)
                .containsExactly("B?");
        assertThat(module.getQuizQuestions().get(0).getChoices())
                .extracting(QuizQuestion.Choice::label)
                .containsExactly("Ja", "Nej");
    }

    @Test
    void noQuestionsMeansNoQuizAndReadingIsEnough() throws Exception {
        TrainingModule module = module(12);
        module.changeQuiz(List.of(question("A?", 0, "Ja", "Nej")), null);

        module.changeQuiz(List.of(), 1);

        assertThat(module.hasQuiz()).isFalse();
        assertThat(module.getPassMark()).isNull();
        module.checkAnswers(null);
    }
}

package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import se.ambassadorsportalen.platform.PortalException;

/**
 * One question of a training module's quiz: the question, its options and which option is right.
 * It checks itself when written, reporting a problem at the question's own fields
 * ({@code questions:2:options}) so a form with several questions can show it in the right place.
 */
@Embeddable
public class QuizQuestion implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int QUESTION_MAX = 500;
    public static final int OPTIONS_MAX = 2000;

    /** What a communicator writes for one question; the answer is the index (from 0) of the right option. */
    public record Draft(String question, List<String> options, Integer answer) {

        boolean isBlank() {
            return (question == null || question.isBlank())
                    && (options == null || options.stream().allMatch(o -> o == null || o.isBlank()));
        }
    }

    /** An option as the completion page shows it: its index is what the ambassador answers. */
    public record Choice(int index, String label) {}

    @Column(name = "question_text", nullable = false, length = QUESTION_MAX)
    private String question;

    /** The answer options, one a line. */
    @Column(name = "option_lines", nullable = false, length = OPTIONS_MAX)
    private String options;

    /** Index (from 0) of the right option. */
    @Column(name = "right_option", nullable = false)
    private int answer;

    protected QuizQuestion() {}

    /** The question written as {@code draft}, the {@code place}-th (from 0) of the module's questions. */
    static QuizQuestion of(int place, Draft draft) {
        String prefix = "questions:" + place + ":";
        if (draft.question() == null || draft.question().isBlank()) {
            throw PortalException.invalidField(prefix + "question", "ambassador.training.quiz.question");
        }
        if (draft.question().trim().length() > QUESTION_MAX) {
            throw PortalException.invalidField(prefix + "question", "ambassador.field.tooLong", QUESTION_MAX);
        }
        List<String> cleaned = draft.options() == null
                ? List.of()
                : draft.options().stream()
                        .filter(o -> o != null && !o.isBlank())
                        .map(o -> o.replaceAll("\\R", " ").trim())
                        .toList();
        if (cleaned.size() < 2) {
            throw PortalException.invalidField(prefix + "options", "ambassador.training.quiz.options");
        }
        String joined = String.join("\n", cleaned);
        if (joined.length() > OPTIONS_MAX) {
            throw PortalException.invalidField(prefix + "options", "ambassador.field.tooLong", OPTIONS_MAX);
        }
        if (draft.answer() == null || draft.answer() < 0 || draft.answer() >= cleaned.size()) {
            throw PortalException.invalidField(prefix + "answer", "ambassador.training.quiz.answer");
        }
        QuizQuestion made = new QuizQuestion();
        made.question = draft.question().trim();
        made.options = joined;
        made.answer = draft.answer();
        return made;
    }

    public boolean isRight(Integer given) {
        return given != null && given == answer;
    }

    public String getQuestion() {
        return question;
    }

    public List<String> getOptions() {
        return new ArrayList<>(Arrays.asList(options.split("\n")));
    }

    public List<Choice> getChoices() {
        List<String> all = getOptions();
        return IntStream.range(0, all.size())
                .mapToObj(i -> new Choice(i, all.get(i)))
                .toList();
    }

    public int getAnswer() {
        return answer;
    }
}

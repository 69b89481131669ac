package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A piece of training communicators write: content to read and an optional one-question quiz.
 * It checks a completion attempt itself, so the rule "answer the quiz right" lives in one place.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(nullable = false)
    private String content;

    @Convert(converter = PurposesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);

    @Column(name = "quiz_question", length = 500)
    private String quizQuestion;

    /** The answer options, one a line. */
    @Column(name = "quiz_options", length = 2000)
    private String quizOptions;

    /** Index (from 0) of the right option. */
    @Column(name = "quiz_answer")
    private Integer quizAnswer;

    @Column(nullable = false)
    private boolean active = true;

    protected TrainingModule() {
    }

    public TrainingModule(String title, String content, Set<Purpose> purposes) {
        change(title, content, purposes);
    }

    public final void change(String title, String content, Set<Purpose> purposes) {
        if (title == null || title.isBlank()) {
            throw PortalException.invalidField("title", "ambassador.training.title.required");
        }
        if (title.trim().length() > 200) {
            throw PortalException.invalidField("title", "ambassador.field.tooLong", 200);
        }
        if (content == null || content.isBlank()) {
            throw PortalException.invalidField("content", "ambassador.training.content.required");
        }
        this.title = title.trim();
        this.content = content.trim();
        this.purposes = purposes == null || purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(purposes);
    }

    /** A quiz of one question; a blank question removes the quiz. */
    public void changeQuiz(String question, List<String> options, Integer answer) {
        if (question == null || question.isBlank()) {
            quizQuestion = null;
            quizOptions = null;
            quizAnswer = null;
            return;
        }
        List<String> cleaned = options == null ? List.of()
                : options.stream().filter(o -> o != null && !o.isBlank()).map(String::trim).toList();
        if (cleaned.size() < 2) {
            throw PortalException.invalidField("quizOptions", "ambassador.training.quiz.options");
        }
        if (answer == null || answer < 0 || answer >= cleaned.size()) {
            throw PortalException.invalidField("quizAnswer", "ambassador.training.quiz.answer");
        }
        quizQuestion = question.trim();
        quizOptions = String.join("\n", cleaned);
        quizAnswer = answer;
    }

    /** Refuses a completion whose quiz answer is missing or wrong; without a quiz, reading is enough. */
    public void checkAnswer(Integer given) {
        if (!hasQuiz()) {
            return;
        }
        if (given == null) {
            throw PortalException.invalidField("answer", "ambassador.training.quiz.unanswered");
        }
        if (!given.equals(quizAnswer)) {
            throw PortalException.invalidField("answer", "ambassador.training.quiz.wrong");
        }
    }

    public boolean requiredFor(Purpose purpose) {
        return active && purposes.contains(purpose);
    }

    public void retire() {
        active = false;
    }

    public boolean hasQuiz() {
        return quizQuestion != null;
    }

    public List<String> getQuizOptionList() {
        return quizOptions == null ? List.of() : Arrays.asList(quizOptions.split("\n"));
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Set<Purpose> getPurposes() {
        return EnumSet.copyOf(purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : purposes);
    }

    public String getQuizQuestion() {
        return quizQuestion;
    }

    public Integer getQuizAnswer() {
        return quizAnswer;
    }

    public boolean isActive() {
        return active;
    }
}

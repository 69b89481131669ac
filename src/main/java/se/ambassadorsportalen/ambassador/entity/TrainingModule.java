package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A piece of training communicators write: content to read and an optional short quiz of one or
 * more questions. It marks a completion attempt itself, so the rule "answer enough of the quiz
 * right" (all questions, or the pass mark the communicator set) lives in one place.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    /** The title in each language's alphabet: the completions sorted by module read these. */
    @Embedded
    private SortKeys sortKeys;

    @Lob
    @Column(nullable = false)
    private String content;

    @Convert(converter = PurposesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);

    /**
     * The optional quiz: any number of questions, in the order they are asked. Lazy, so a list of
     * completions that names its modules does not read every module's questions.
     */
    @ElementCollection
    @CollectionTable(name = "training_quiz_question", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "question_index")
    private List<QuizQuestion> quiz = new ArrayList<>();

    /** How many questions must be answered right to pass; none set means all of them. */
    @Column(name = "quiz_pass_mark")
    private Integer passMark;

    @Column(nullable = false)
    private boolean active = true;

    protected TrainingModule() {}

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
        this.sortKeys = SortKeys.of(this.title);
        this.content = content.trim();
        this.purposes =
                purposes == null || purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(purposes);
    }

    /**
     * Replaces the quiz. Blank questions (no question, no options) are left out, so an emptied row
     * of the editor simply goes; no questions at all means no quiz. {@code passMark} is how many
     * must be right (1 up to the number of questions); {@code null} means all. A problem is
     * reported at the question's place in {@code questions} as written, blanks included.
     */
    public void changeQuiz(List<QuizQuestion.Draft> questions, Integer newPassMark) {
        List<QuizQuestion> written = new ArrayList<>();
        if (questions != null) {
            for (int place = 0; place < questions.size(); place++) {
                QuizQuestion.Draft draft = questions.get(place);
                if (draft != null && !draft.isBlank()) {
                    written.add(QuizQuestion.of(place, draft));
                }
            }
        }
        if (newPassMark != null && !written.isEmpty() && (newPassMark < 1 || newPassMark > written.size())) {
            throw PortalException.invalidField("passMark", "ambassador.training.quiz.passMark", written.size());
        }
        quiz.clear();
        quiz.addAll(written);
        passMark = written.isEmpty() || newPassMark == null || newPassMark == written.size() ? null : newPassMark;
    }

    /** How an attempt at the quiz went: how many were right, out of how many, and how many were needed. */
    public record QuizResult(int right, int questions, int needed) {

        public boolean passed() {
            return right >= needed;
        }
    }

    /**
     * Marks an attempt: {@code given} holds the chosen option of each question, in order. Every
     * question must be answered (the first unanswered one is reported at its place).
     */
    public QuizResult grade(List<Integer> given) {
        int right = 0;
        for (int place = 0; place < quiz.size(); place++) {
            Integer answer = given == null || place >= given.size() ? null : given.get(place);
            if (answer == null) {
                throw PortalException.invalidField(
                        "answers:" + place + ":answer", "ambassador.training.quiz.unanswered");
            }
            if (quiz.get(place).isRight(answer)) {
                right++;
            }
        }
        return new QuizResult(right, quiz.size(), getNeededRight());
    }

    /** Refuses a completion whose quiz is unanswered or not passed; without a quiz, reading is enough. */
    public void checkAnswers(List<Integer> given) {
        if (!hasQuiz()) {
            return;
        }
        QuizResult result = grade(given);
        if (!result.passed()) {
            throw PortalException.invalidField(
                    "answers",
                    result.questions() == 1 ? "ambassador.training.quiz.wrong" : "ambassador.training.quiz.notPassed",
                    result.right(),
                    result.questions(),
                    result.needed());
        }
    }

    public boolean requiredFor(Purpose purpose) {
        return active && purposes.contains(purpose);
    }

    public void retire() {
        active = false;
    }

    public boolean hasQuiz() {
        return !quiz.isEmpty();
    }

    public List<QuizQuestion> getQuizQuestions() {
        return List.copyOf(quiz);
    }

    /** The pass mark as set; {@code null} when every question must be right. */
    public Integer getPassMark() {
        return passMark;
    }

    /** How many questions must be right to pass. */
    public int getNeededRight() {
        return passMark == null ? quiz.size() : passMark;
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

    public boolean isActive() {
        return active;
    }
}

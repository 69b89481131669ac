package se.ambassadorsportalen.ambassador.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.QuizQuestion;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;

/**
 * Communicators write training modules (content, purposes, an optional quiz of as many questions
 * as they like, with a pass mark) and see who has done what. The quiz rows live here between ajax
 * calls so questions can be added and removed before the module is saved.
 */
@Named
@ViewScoped
public class TrainingAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trainings trainings;

    private Long id;
    private long version;
    private String title;
    private String content;
    private List<Purpose> purposes = new ArrayList<>();
    private List<QuestionRow> questions = new ArrayList<>();
    private Integer passMark;
    /** The list above the form, as outlines: the view keeps no entity between requests. */
    private List<Trainings.ModuleOutline> modules;

    private final LazyPage<Trainings.CompletionRow> completions = new LazyPage<>(
            request -> trainings.completions(request), row -> row.ambassadorId() + "@" + row.completedAt());

    public void edit(Trainings.ModuleOutline module) {
        fill(trainings.module(module.id()));
    }

    private void fill(TrainingModule fresh) {
        id = fresh.getId();
        version = fresh.getVersion();
        title = fresh.getTitle();
        content = fresh.getContent();
        purposes = new ArrayList<>(fresh.getPurposes());
        questions = new ArrayList<>(
                fresh.getQuizQuestions().stream().map(QuestionRow::of).toList());
        passMark = fresh.getPassMark();
    }

    public void startNew() {
        id = null;
        version = 0;
        title = content = null;
        purposes = new ArrayList<>();
        questions = new ArrayList<>();
        passMark = null;
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(int place) {
        if (place >= 0 && place < questions.size()) {
            questions.remove(place);
        }
    }

    public void save() {
        try {
            Trainings.ModuleDetails details = new Trainings.ModuleDetails(
                    title,
                    content,
                    purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(purposes),
                    questions.stream().map(QuestionRow::draft).toList(),
                    passMark);
            TrainingModule saved = id == null ? trainings.create(details) : trainings.update(id, version, details);
            fill(saved);
            modules = null;
            FacesMessages.info("ambassador.training.saved", saved.getTitle());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "moduleForm");
        }
    }

    /** One question as the editor shows it: options one a line, the right one by its number (from 1). */
    public static final class QuestionRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String question;
        private String options;
        private Integer answer;

        static QuestionRow of(QuizQuestion question) {
            QuestionRow row = new QuestionRow();
            row.question = question.getQuestion();
            row.options = String.join("\n", question.getOptions());
            row.answer = question.getAnswer() + 1;
            return row;
        }

        QuizQuestion.Draft draft() {
            return new QuizQuestion.Draft(
                    question,
                    options == null ? List.of() : Arrays.asList(options.split("\\R")),
                    answer == null ? null : answer - 1);
        }

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public Integer getAnswer() {
            return answer;
        }

        public void setAnswer(Integer answer) {
            this.answer = answer;
        }
    }

    /** Read once per view (the page asks on every render); saving a module reads them again. */
    public List<Trainings.ModuleOutline> getModules() {
        if (modules == null) {
            modules = trainings.outlines();
        }
        return modules;
    }

    /** Every completion, paged in the database: a programme of 1,500 ambassadors has many. */
    public LazyPage<Trainings.CompletionRow> getCompletions() {
        return completions;
    }

    public Purpose[] getPurposeChoices() {
        return Purpose.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public List<Purpose> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<Purpose> purposes) {
        this.purposes = purposes == null ? new ArrayList<>() : purposes;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }
}

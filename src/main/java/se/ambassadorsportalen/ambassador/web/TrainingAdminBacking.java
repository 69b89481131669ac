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
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** Communicators write training modules (content, purposes, an optional one-question quiz) and see who has done what. */
@Named
@ViewScoped
public class TrainingAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    private Long id;
    private long version;
    private String title;
    private String content;
    private List<Purpose> purposes = new ArrayList<>();
    private String quizQuestion;
    private String quizOptions;
    private Integer quizAnswer;

    public void edit(TrainingModule module) {
        TrainingModule fresh = trainings.module(module.getId());
        id = fresh.getId();
        version = fresh.getVersion();
        title = fresh.getTitle();
        content = fresh.getContent();
        purposes = new ArrayList<>(fresh.getPurposes());
        quizQuestion = fresh.getQuizQuestion();
        quizOptions = String.join("\n", fresh.getQuizOptionList());
        quizAnswer = fresh.getQuizAnswer() == null ? null : fresh.getQuizAnswer() + 1;
    }

    public void startNew() {
        id = null;
        version = 0;
        title = content = quizQuestion = quizOptions = null;
        quizAnswer = null;
        purposes = new ArrayList<>();
    }

    public void save() {
        try {
            List<String> options = quizOptions == null ? List.of() : Arrays.asList(quizOptions.split("\\R"));
            Trainings.ModuleDetails details = new Trainings.ModuleDetails(title, content,
                    purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(purposes), quizQuestion, options,
                    quizAnswer == null ? null : quizAnswer - 1);
            TrainingModule saved = id == null ? trainings.create(details) : trainings.update(id, version, details);
            edit(saved);
            FacesMessages.info("ambassador.training.saved", saved.getTitle());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "moduleForm");
        }
    }

    public List<TrainingModule> getModules() {
        return trainings.modules();
    }

    public List<Trainings.CompletionRow> getCompletions() {
        return trainings.completions();
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

    public String getQuizQuestion() {
        return quizQuestion;
    }

    public void setQuizQuestion(String quizQuestion) {
        this.quizQuestion = quizQuestion;
    }

    public String getQuizOptions() {
        return quizOptions;
    }

    public void setQuizOptions(String quizOptions) {
        this.quizOptions = quizOptions;
    }

    public Integer getQuizAnswer() {
        return quizAnswer;
    }

    public void setQuizAnswer(Integer quizAnswer) {
        this.quizAnswer = quizAnswer;
    }
}

package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** An ambassador reads the training modules and completes them, answering the quiz where there is one. */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private List<TrainingModule> modules;

    @Inject
    Trainings trainings;

    @Inject
    Ambassadors ambassadors;

    private Long selectedId;
    private List<Integer> answers = new ArrayList<>();
    private Set<Long> completed = Set.of();
    private boolean signedUp;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        Ambassador me = ambassadors.mine().filter(a -> !a.isFormer()).orElse(null);
        signedUp = me != null;
        completed = me == null ? Set.of() : trainings.completedModuleIds(me);
    }

    public void open(TrainingModule module) {
        selectedId = module.getId();
        answers = new ArrayList<>(Collections.nCopies(module.getQuizQuestions().size(), (Integer) null));
    }

    public void complete() {
        try {
            trainings.complete(selectedId, answers);
            FacesMessages.info("ambassador.training.completed", getSelected().getTitle());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "moduleForm");
        }
    }

    /** Read once per view: the page asks on every render. */
    public List<TrainingModule> getModules() {
        if (modules == null) {
            modules = trainings.modules();
        }
        return modules;
    }

    public TrainingModule getSelected() {
        return selectedId == null ? null : trainings.module(selectedId);
    }

    public boolean isDone(TrainingModule module) {
        return completed.contains(module.getId());
    }

    public boolean isSignedUp() {
        return signedUp;
    }

    /** The chosen option of each question, bound per question ({@code answers[status.index]}). */
    public List<Integer> getAnswers() {
        return answers;
    }
}

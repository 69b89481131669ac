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
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;

/**
 * An ambassador reads the training modules and completes them, answering the quiz where there is
 * one. The view keeps the modules as outlines and the opened module by its id: the module and its
 * quiz are read once per request that shows them, not kept with their persistence context.
 */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trainings trainings;

    @Inject
    Ambassadors ambassadors;

    private List<Trainings.ModuleOutline> modules;
    private Long selectedId;
    private final PerRequest<Trainings.ModuleToTake> selected =
            PerRequest.of(() -> this.selectedId == null ? null : this.trainings.moduleToTake(this.selectedId));
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

    public void open(Trainings.ModuleOutline module) {
        selectedId = module.id();
        selected.forget();
        answers = new ArrayList<>(Collections.nCopies(module.questions(), (Integer) null));
    }

    public void complete() {
        try {
            trainings.complete(selectedId, answers);
            FacesMessages.info("ambassador.training.completed", getSelected().title());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "moduleForm");
        }
    }

    /** Read once per view (the page asks on every render): outlines, a few strings per module. */
    public List<Trainings.ModuleOutline> getModules() {
        if (modules == null) {
            modules = trainings.outlines();
        }
        return modules;
    }

    /** The opened module with its quiz, read at most once per request. */
    public Trainings.ModuleToTake getSelected() {
        return selected.get();
    }

    public boolean isDone(Trainings.ModuleOutline module) {
        return completed.contains(module.id());
    }

    public boolean isSignedUp() {
        return signedUp;
    }

    /** The chosen option of each question, bound per question ({@code answers[status.index]}). */
    public List<Integer> getAnswers() {
        return answers;
    }
}

package se.ambassadorsportalen.press.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Absence;
import se.ambassadorsportalen.press.entity.OnCallShift;
import se.ambassadorsportalen.press.entity.RoutingRule;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The spokesperson registry: who speaks for what and whether they can be reached now, absences
 * with a form to add one, the on-call rota, the topic vocabulary, and the routing rules, which
 * communicators reorder and switch on or off.
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Spokespeople spokespeople;

    private LazyPage<Spokesperson> registry;
    private Long absenceOf;
    private LocalDateTime absenceStarts;
    private LocalDateTime absenceEnds;
    private String absenceNote;

    @PostConstruct
    void init() {
        registry = LazyPage.of(request -> spokespeople.page(request));
    }

    public String availability(Spokesperson spokesperson) {
        return Spokespeople.explain(spokespeople.availability(spokesperson.getId(), PressTime.now()),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String topicNames(Spokesperson spokesperson) {
        return spokesperson.getTopics().stream().map(Topic::getName).sorted().collect(Collectors.joining(", "));
    }

    public void addAbsence() {
        try {
            if (absenceOf == null) {
                FacesMessages.error("absenceForm:absenceOf", "press.absence.spokespersonRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            spokespeople.addAbsence(absenceOf, absenceStarts, absenceEnds, absenceNote);
            FacesMessages.info("press.absence.added");
            absenceOf = null;
            absenceStarts = null;
            absenceEnds = null;
            absenceNote = null;
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "absenceForm");
        }
    }

    public void removeAbsence(Absence absence) {
        spokespeople.removeAbsence(absence.getId());
        FacesMessages.info("press.absence.removed");
    }

    public void moveRule(RoutingRule rule, boolean up) {
        try {
            spokespeople.moveRule(rule.getId(), up);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void toggleRule(RoutingRule rule) {
        try {
            spokespeople.toggleRule(rule.getId());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public String targetLabels(RoutingRule rule) {
        return rule.targetList().stream()
                .map(t -> targetKey(t.name())).map(FacesMessages::text).collect(Collectors.joining(", "));
    }

    private static String targetKey(String target) {
        return "press.rule.target." + target;
    }

    public LazyPage<Spokesperson> getRegistry() {
        return registry;
    }

    public List<Absence> getAbsences() {
        return spokespeople.absences(50);
    }

    public List<OnCallShift> getRota() {
        return spokespeople.rota(14);
    }

    public List<Topic> getTopics() {
        return spokespeople.topics();
    }

    public List<RoutingRule> getRules() {
        return spokespeople.rules();
    }

    public List<Spokesperson> getChoices() {
        return spokespeople.find("", 500);
    }

    public Long getAbsenceOf() {
        return absenceOf;
    }

    public void setAbsenceOf(Long absenceOf) {
        this.absenceOf = absenceOf;
    }

    public LocalDateTime getAbsenceStarts() {
        return absenceStarts;
    }

    public void setAbsenceStarts(LocalDateTime absenceStarts) {
        this.absenceStarts = absenceStarts;
    }

    public LocalDateTime getAbsenceEnds() {
        return absenceEnds;
    }

    public void setAbsenceEnds(LocalDateTime absenceEnds) {
        this.absenceEnds = absenceEnds;
    }

    public String getAbsenceNote() {
        return absenceNote;
    }

    public void setAbsenceNote(String absenceNote) {
        this.absenceNote = absenceNote;
    }
}

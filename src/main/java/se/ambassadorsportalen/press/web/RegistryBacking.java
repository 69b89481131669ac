package se.ambassadorsportalen.press.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Absence;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The spokesperson registry: who speaks for what and whether they can be reached now, a form to
 * register or change a spokesperson (areas, topics, deputy, office hours), and absences
 * with a form to add one. The vocabulary, the rules and the rota are kept on the routing page
 * ({@link RoutingBacking}). The spokesperson form binds to a {@link SpokespersonForm}, which reads
 * what was typed; this bean only holds the view's state and hands the form to the boundary.
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Spokespeople spokespeople;

    private LazyPage<Spokesperson> registry;
    private SpokespersonForm form = SpokespersonForm.blank();
    private Spokesperson absenceOf;
    private LazyPage<Absence> absences;
    /** Read per request, never kept in the view (entities hold their unit of work). */
    private final PerRequest<List<Topic>> topics = PerRequest.of(() -> this.spokespeople.topics(
            FacesContext.getCurrentInstance().getViewRoot().getLocale()));

    private LocalDateTime absenceStarts;
    private LocalDateTime absenceEnds;
    private String absenceNote;

    @PostConstruct
    void init() {
        registry = LazyPage.of(request -> spokespeople.page(request));
        absences = LazyPage.of(request -> spokespeople.absences(request));
    }

    public String availability(Spokesperson spokesperson) {
        return Spokespeople.explain(
                spokespeople.availability(spokesperson.getId(), PressTime.now()),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String topicNames(Spokesperson spokesperson) {
        return spokesperson.getTopics().stream()
                .map(Topic::getName)
                .sorted(se.ambassadorsportalen.platform.i18n.Collation.of(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .collect(Collectors.joining(", "));
    }

    public void startNew() {
        form = SpokespersonForm.blank();
    }

    public void edit(Spokesperson row) {
        form = SpokespersonForm.of(spokespeople.spokesperson(row.getId()));
    }

    /** Saves the form in one call; a refusal is shown at its field and the form keeps what was typed. */
    public void save() {
        try {
            Spokesperson saved =
                    spokespeople.save(form.id(), form.version(), form.details(), form.days(), form.from(), form.to());
            edit(saved);
            FacesMessages.info("press.spokesperson.saved", saved.getDisplayName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "spokespersonForm");
        }
    }

    public SpokespersonKind[] getKinds() {
        return SpokespersonKind.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public boolean isEditing() {
        return form.isEditing();
    }

    /** The spokesperson form: a new one, or one filled in from the spokesperson being changed. */
    public SpokespersonForm getForm() {
        return form;
    }

    public void addAbsence() {
        try {
            if (absenceOf == null) {
                FacesMessages.error("absenceForm:absenceOf", "press.absence.spokespersonRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            spokespeople.addAbsence(
                    absenceOf.getId(), PortalTime.typed(absenceStarts), PortalTime.typed(absenceEnds), absenceNote);
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

    public LazyPage<Spokesperson> getRegistry() {
        return registry;
    }

    /** Current and coming absences, paged in the database. */
    public LazyPage<Absence> getAbsences() {
        return absences;
    }

    /** The vocabulary for the topic menu, read once per view: it is changed on the routing page. */
    public List<Topic> getTopics() {
        return topics.get();
    }

    public Spokesperson getAbsenceOf() {
        return absenceOf;
    }

    public void setAbsenceOf(Spokesperson absenceOf) {
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

package se.ambassadorsportalen.press.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.SpokespersonDetails;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Absence;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The spokesperson registry: who speaks for what and whether they can be reached now, a form to
 * register or change a spokesperson (areas, topics, deputy, office hours), and absences
 * with a form to add one. The vocabulary, the rules and the rota are kept on the routing page
 * ({@link RoutingBacking}).
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Spokespeople spokespeople;

    private LazyPage<Spokesperson> registry;
    private Long editId;
    private long editVersion;
    private Person person;
    private SpokespersonKind kind = SpokespersonKind.EXPERT;
    private String title;
    private String areas;
    private List<String> topicCodes = new ArrayList<>();
    private String languages;
    private String phone;
    private String email;
    private boolean mediaTrained;
    private boolean coordinator;
    private Spokesperson deputy;
    private List<String> officeDays = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    private String officeFrom = "08:00";
    private String officeTo = "17:00";
    private Spokesperson absenceOf;
    private LazyPage<Absence> absences;
    private List<Topic> topics;
    private LocalDateTime absenceStarts;
    private LocalDateTime absenceEnds;
    private String absenceNote;

    @PostConstruct
    void init() {
        registry = LazyPage.of(request -> spokespeople.page(request));
        absences = LazyPage.of(request -> spokespeople.absences(request));
    }

    public String availability(Spokesperson spokesperson) {
        return Spokespeople.explain(spokespeople.availability(spokesperson.getId(), PressTime.now()),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String topicNames(Spokesperson spokesperson) {
        return spokesperson.getTopics().stream().map(Topic::getName).sorted().collect(Collectors.joining(", "));
    }

    public void startNew() {
        editId = null;
        editVersion = 0;
        person = null;
        kind = SpokespersonKind.EXPERT;
        title = null;
        areas = null;
        topicCodes = new ArrayList<>();
        languages = null;
        phone = null;
        email = null;
        mediaTrained = false;
        coordinator = false;
        deputy = null;
        officeDays = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        officeFrom = "08:00";
        officeTo = "17:00";
    }

    public void edit(Spokesperson row) {
        Spokesperson s = spokespeople.spokesperson(row.getId());
        editId = s.getId();
        editVersion = s.getVersion();
        person = s.getPerson();
        kind = s.getKind();
        title = s.getTitle();
        areas = s.getAreaCodes();
        topicCodes = new ArrayList<>(s.getTopics().stream().map(Topic::getCode).sorted().toList());
        languages = s.getLanguages();
        phone = s.getPhone();
        email = s.getEmail();
        mediaTrained = s.isMediaTrained();
        coordinator = s.isCoordinator();
        deputy = s.getDeputy();
        officeDays = new ArrayList<>(s.officeDaySet().stream().map(DayOfWeek::name).toList());
        officeFrom = s.getOfficeFrom().toString();
        officeTo = s.getOfficeTo().toString();
    }

    public void save() {
        try {
            LocalTime from = time(officeFrom, "officeFrom");
            LocalTime to = time(officeTo, "officeTo");
            Set<DayOfWeek> days = officeDays.stream().map(DayOfWeek::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
            SpokespersonDetails details = new SpokespersonDetails(person == null ? null : person.getId(), kind, title,
                    areas == null ? List.of() : Arrays.asList(areas.split("[,\\s]+")), topicCodes, languages, phone, email,
                    mediaTrained, coordinator, deputy == null ? null : deputy.getId());
            Spokesperson saved = spokespeople.save(editId, editVersion, details, days, from, to);
            edit(saved);
            FacesMessages.info("press.spokesperson.saved", saved.getDisplayName());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "spokespersonForm");
        }
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw PortalException.invalidField(field, "press.spokesperson.timeFormat", text);
        }
    }

    public SpokespersonKind[] getKinds() {
        return SpokespersonKind.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public void addAbsence() {
        try {
            if (absenceOf == null) {
                FacesMessages.error("absenceForm:absenceOf", "press.absence.spokespersonRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            spokespeople.addAbsence(absenceOf.getId(), absenceStarts, absenceEnds, absenceNote);
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

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public SpokespersonKind getKind() {
        return kind;
    }

    public void setKind(SpokespersonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public List<String> getTopicCodes() {
        return topicCodes;
    }

    public void setTopicCodes(List<String> topicCodes) {
        this.topicCodes = topicCodes == null ? new ArrayList<>() : topicCodes;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isMediaTrained() {
        return mediaTrained;
    }

    public void setMediaTrained(boolean mediaTrained) {
        this.mediaTrained = mediaTrained;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public void setCoordinator(boolean coordinator) {
        this.coordinator = coordinator;
    }

    public Spokesperson getDeputy() {
        return deputy;
    }

    public void setDeputy(Spokesperson deputy) {
        this.deputy = deputy;
    }

    public List<String> getOfficeDays() {
        return officeDays;
    }

    public void setOfficeDays(List<String> officeDays) {
        this.officeDays = officeDays == null ? new ArrayList<>() : officeDays;
    }

    public String getOfficeFrom() {
        return officeFrom;
    }

    public void setOfficeFrom(String officeFrom) {
        this.officeFrom = officeFrom;
    }

    public String getOfficeTo() {
        return officeTo;
    }

    public void setOfficeTo(String officeTo) {
        this.officeTo = officeTo;
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
        if (topics == null) {
            topics = spokespeople.topics();
        }
        return topics;
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

package se.ambassadorsportalen.press.web;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.web.PickedById;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.SpokespersonDetails;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.SpokespersonKind;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The registry's spokesperson form while it is being typed: the text as the user wrote it (the
 * areas as one line, office hours as "08:00"), so that a refused form shows it again, and the
 * rules that read it into what {@link se.ambassadorsportalen.press.boundary.Spokespeople#save}
 * takes. The entity keeps its own rules (the kind fits the person, a title, deputies without a
 * cycle, office hours that end after they start) and applies them when the boundary saves; a
 * form of its own instead of a detached entity because a new spokesperson has no person until
 * the form is sent, and the entity is never without one. No Faces here: the rules are unit-tested.
 */
public class SpokespersonForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> WORKING_WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private Long id;
    private long version;
    /**
     * The two autocompletes' choices, by id: the form lives in a view, where an entity would keep
     * the persistence context that read it alive. Each is read again, through the boundary the
     * autocomplete's converter uses, in a later request that shows it.
     */
    private final PickedById<Person> person =
            PickedById.of(id -> CDI.current().select(Organisation.class).get().person(id));

    private SpokespersonKind kind = SpokespersonKind.EXPERT;
    private String title;
    private String areas;
    private List<String> topicCodes = new ArrayList<>();
    private String languages;
    private String phone;
    private String email;
    private boolean mediaTrained;
    private boolean coordinator;
    private final PickedById<Spokesperson> deputy =
            PickedById.of(id -> CDI.current().select(Spokespeople.class).get().spokesperson(id));
    private List<String> officeDays = new ArrayList<>(WORKING_WEEK);
    private String officeFrom = "08:00";
    private String officeTo = "17:00";

    /** A form for a new spokesperson: an expert, in office Monday to Friday, 08:00 to 17:00. */
    public static SpokespersonForm blank() {
        return new SpokespersonForm();
    }

    /** A form that changes this spokesperson, filled in with what is stored. */
    public static SpokespersonForm of(Spokesperson stored) {
        SpokespersonForm form = new SpokespersonForm();
        form.id = stored.getId();
        form.version = stored.getVersion();
        form.person.set(stored.getPerson());
        form.kind = stored.getKind();
        form.title = stored.getTitle();
        form.areas = stored.getAreaCodes();
        form.topicCodes = new ArrayList<>(
                stored.getTopics().stream().map(Topic::getCode).sorted().toList());
        form.languages = stored.getLanguages();
        form.phone = stored.getPhone();
        form.email = stored.getEmail();
        form.mediaTrained = stored.isMediaTrained();
        form.coordinator = stored.isCoordinator();
        form.deputy.set(stored.getDeputy());
        form.officeDays = new ArrayList<>(
                stored.officeDaySet().stream().map(DayOfWeek::name).toList());
        form.officeFrom = stored.getOfficeFrom().toString();
        form.officeTo = stored.getOfficeTo().toString();
        return form;
    }

    /** The spokesperson this form changes, or null for a new one. */
    public Long id() {
        return id;
    }

    /** The version the form was filled in from: a change saved by someone else since is refused. */
    public long version() {
        return version;
    }

    public boolean isEditing() {
        return id != null;
    }

    /** What the boundary saves: the person and deputy by id, the areas split on commas and spaces. */
    public SpokespersonDetails details() {
        return new SpokespersonDetails(
                person.id(),
                kind,
                title,
                areaCodes(),
                topicCodes,
                languages,
                phone,
                email,
                mediaTrained,
                coordinator,
                deputy.id());
    }

    List<String> areaCodes() {
        return areas == null
                ? List.of()
                : Arrays.stream(areas.split("[,\\s]+"))
                        .filter(code -> !code.isEmpty())
                        .toList();
    }

    /**
     * The office days ticked. The page offers only the seven day names, and Faces refuses any
     * other value before it reaches the form.
     */
    public Set<DayOfWeek> days() {
        return officeDays.stream()
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    /** When office hours start, as typed ("08:00"); text that is no time is refused at its field. */
    public LocalTime from() {
        return time(officeFrom, "officeFrom");
    }

    /** When office hours end, read as {@link #from()}; that they end after they start is the entity's rule. */
    public LocalTime to() {
        return time(officeTo, "officeTo");
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField(field, "press.spokesperson.timeFormat", text);
        }
    }

    public Person getPerson() {
        return person.get();
    }

    public void setPerson(Person person) {
        this.person.set(person);
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
        return deputy.get();
    }

    public void setDeputy(Spokesperson deputy) {
        this.deputy.set(deputy);
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
}

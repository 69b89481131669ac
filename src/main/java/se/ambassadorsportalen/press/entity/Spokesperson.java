package se.ambassadorsportalen.press.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * Someone who may answer the media for the organisation: an employee or an elected official
 * (the person), speaking as a kind (elected official, manager, expert, communications) for
 * some areas (unit codes) and topics, reachable in office hours unless away; a deputy answers
 * in their absence. The same person may be registered twice only to speak in two roles.
 */
@Entity
@Table(name = "press_spokesperson")
public class Spokesperson extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SpokespersonKind kind;

    @NotBlank(message = "{press.spokesperson.title.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    /** The title in each language's alphabet: the registry sorted by title reads these. */
    @Embedded
    private SortKeys sortKeys;

    @Size(max = 400)
    @Column(name = "area_codes", length = 400)
    private String areaCodes;

    @Size(max = 200)
    private String languages;

    @Size(max = 50)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Column(name = "media_trained", nullable = false)
    private boolean mediaTrained;

    @Column(nullable = false)
    private boolean coordinator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Spokesperson deputy;

    /** ISO day numbers, 1 = Monday ("12345" = Monday to Friday). */
    @Column(name = "office_days", nullable = false, length = 20)
    private String officeDays = "12345";

    @Column(name = "office_from", nullable = false)
    private LocalTime officeFrom = LocalTime.of(8, 0);

    @Column(name = "office_to", nullable = false)
    private LocalTime officeTo = LocalTime.of(17, 0);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "press_spokesperson_topic",
            joinColumns = @JoinColumn(name = "spokesperson_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "spokesperson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Absence> absences = new ArrayList<>();

    protected Spokesperson() {}

    public Spokesperson(Person person, SpokespersonKind kind, String title) {
        if (person == null) {
            throw PortalException.invalidField("person", "press.spokesperson.personRequired");
        }
        this.person = person;
        this.kind = kind;
        this.title = title;
        this.sortKeys = SortKeys.of(title);
        this.email = person.getEmail();
        this.phone = person.getPhone();
        requireKindFitsPerson();
    }

    /** Elected officials speak as elected officials, and only they do. */
    private void requireKindFitsPerson() {
        if (kind == null) {
            throw PortalException.invalidField("kind", "press.spokesperson.kindRequired");
        }
        boolean elected = !person.isEmployee();
        if (elected != (kind == SpokespersonKind.ELECTED_OFFICIAL)) {
            throw PortalException.invalidField("kind", "press.spokesperson.kindMismatch");
        }
    }

    public void changeKind(SpokespersonKind newKind) {
        this.kind = newKind;
        requireKindFitsPerson();
    }

    /** A deputy answers when this spokesperson cannot; a chain that comes back here is refused. */
    public void setDeputy(Spokesperson newDeputy) {
        for (Spokesperson next = newDeputy; next != null; next = next.deputy) {
            if (next == this || (getId() != null && getId().equals(next.getId()))) {
                throw PortalException.invalidField("deputy", "press.spokesperson.deputyCycle");
            }
        }
        this.deputy = newDeputy;
    }

    public void setOfficeHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw PortalException.invalidField("officeTo", "press.spokesperson.officeHours");
        }
        this.officeDays = days.stream()
                .sorted()
                .map(day -> String.valueOf(day.getValue()))
                .collect(Collectors.joining());
        this.officeFrom = from;
        this.officeTo = to;
    }

    public Set<DayOfWeek> officeDaySet() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        officeDays
                .chars()
                .filter(Character::isDigit)
                .map(c -> c - '0')
                .filter(d -> d >= 1 && d <= 7)
                .forEach(d -> days.add(DayOfWeek.of(d)));
        return days;
    }

    public Absence addAbsence(Instant starts, Instant ends, String note) {
        Absence absence = new Absence(this, starts, ends, note);
        absences.add(absence);
        return absence;
    }

    public void removeAbsence(Absence absence) {
        absences.remove(absence);
    }

    public List<String> areaCodeList() {
        return areaCodes == null || areaCodes.isBlank()
                ? List.of()
                : Arrays.stream(areaCodes.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public void setAreaCodes(List<String> codes) {
        String joined = codes.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.joining(","));
        this.areaCodes = joined.isEmpty() ? null : joined;
    }

    /**
     * What they speak as and how: a title is required (kept trimmed), the languages they answer in,
     * whether they are media trained, and whether they coordinate the press contacts.
     */
    public void describe(String newTitle, String newLanguages, boolean trained, boolean coordinates) {
        if (newTitle == null || newTitle.isBlank()) {
            throw PortalException.invalidField("title", "press.spokesperson.title.required");
        }
        this.title = newTitle.trim();
        this.sortKeys = SortKeys.of(this.title);
        this.languages = newLanguages;
        this.mediaTrained = trained;
        this.coordinator = coordinates;
    }

    /** Where the media reach them: the person's own phone and email until they are changed here. */
    public void reachAt(String newPhone, String newEmail) {
        this.phone = newPhone;
        this.email = newEmail;
    }

    public void setTopics(Set<Topic> newTopics) {
        topics.clear();
        topics.addAll(newTopics);
    }

    public String getDisplayName() {
        return person.getDisplayName();
    }

    public Person getPerson() {
        return person;
    }

    public SpokespersonKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getAreaCodes() {
        return areaCodes;
    }

    public String getLanguages() {
        return languages;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMediaTrained() {
        return mediaTrained;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public Spokesperson getDeputy() {
        return deputy;
    }

    public String getOfficeDays() {
        return officeDays;
    }

    public LocalTime getOfficeFrom() {
        return officeFrom;
    }

    public LocalTime getOfficeTo() {
        return officeTo;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public List<Absence> getAbsences() {
        return absences;
    }

    @Override
    public String toString() {
        return getDisplayName() + ", " + title;
    }
}

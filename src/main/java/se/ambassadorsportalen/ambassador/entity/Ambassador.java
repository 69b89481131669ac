package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * An employee's membership of the ambassador programme. The status changes only through the
 * methods here, each refusing a change that does not fit the current status; leaving erases the
 * profile and cuts the link to the person, so the row only says "former ambassador" to the relay
 * weeks that still point at it.
 */
@Entity
@EntityListeners(DirectoryTouch.class)
@Table(name = "ambassador")
public class Ambassador extends VersionedEntity {

    public static final int MOTIVATION_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AmbassadorStatus status;

    @Column(length = MOTIVATION_MAX)
    private String motivation;

    @Column(length = 500)
    private String topics;

    @Column(length = 300)
    private String languages;

    @Column(name = "contact_ok", nullable = false)
    private boolean contactOk;

    // Lazy: a list of ambassadors reads the channels of its page in one batch (Queries.batch).
    @ElementCollection
    @CollectionTable(name = "ambassador_channel", joinColumns = @JoinColumn(name = "ambassador_id"))
    private List<ChannelPresence> channels = new ArrayList<>();

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] photo;

    @Column(name = "photo_type", length = 40)
    private String photoType;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(length = 1000)
    private String endorsement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "endorsed_by_id")
    private Person endorsedBy;

    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Ambassador() {}

    /** An application: only employees may apply, and they must say why. */
    public static Ambassador apply(Person person, Profile profile, Instant now) {
        if (person == null || !person.isEmployee()) {
            throw PortalException.forbidden("ambassador.signUp.employeesOnly");
        }
        Ambassador ambassador = new Ambassador();
        ambassador.person = person;
        ambassador.status = AmbassadorStatus.APPLIED;
        ambassador.appliedAt = now;
        ambassador.update(profile);
        return ambassador;
    }

    /** What the ambassador tells about themself; the organisation model gives the rest. */
    public record Profile(
            String motivation, String topics, String languages, boolean contactOk, List<ChannelPresence> channels) {}

    public void update(Profile profile) {
        requireStatus(
                "ambassador.profile.notEditable",
                AmbassadorStatus.APPLIED,
                AmbassadorStatus.ACTIVE,
                AmbassadorStatus.PAUSED,
                AmbassadorStatus.DECLINED);
        String why = blankToNull(profile.motivation());
        if (why == null) {
            throw PortalException.invalidField("motivation", "ambassador.motivation.required");
        }
        if (why.length() > MOTIVATION_MAX) {
            throw PortalException.invalidField("motivation", "ambassador.motivation.tooLong", MOTIVATION_MAX);
        }
        List<ChannelPresence> newChannels = profile.channels() == null ? List.of() : profile.channels();
        if (newChannels.stream().map(ChannelPresence::getChannel).distinct().count() != newChannels.size()) {
            throw PortalException.invalidField("channels", "ambassador.channel.twice");
        }
        motivation = why;
        topics = limit(profile.topics(), 500, "topics");
        languages = limit(profile.languages(), 300, "languages");
        contactOk = profile.contactOk();
        channels.clear();
        channels.addAll(newChannels);
    }

    /** A declined applicant may try again. */
    public void reapply(Profile profile, Instant now) {
        requireStatus("ambassador.signUp.already", AmbassadorStatus.DECLINED);
        status = AmbassadorStatus.APPLIED;
        appliedAt = now;
        decidedAt = null;
        decidedBy = null;
        decisionReason = null;
        endorsement = null;
        endorsedBy = null;
        endorsedAt = null;
        update(profile);
    }

    /** The applicant's manager adds a word; nobody else may. */
    public void endorse(Person manager, String text, Instant now) {
        requireStatus("ambassador.endorse.notApplied", AmbassadorStatus.APPLIED);
        if (manager == null || person.manager().filter(manager::equals).isEmpty()) {
            throw PortalException.forbidden("ambassador.endorse.notManager");
        }
        String words = blankToNull(text);
        if (words == null) {
            throw PortalException.invalidField("endorsement", "ambassador.endorsement.required");
        }
        endorsement = limit(words, 1000, "endorsement");
        endorsedBy = manager;
        endorsedAt = now;
    }

    public void accept(Person communicator, String reason, Instant now) {
        requireStatus("ambassador.decide.notApplied", AmbassadorStatus.APPLIED);
        requireNotSelf(communicator);
        status = AmbassadorStatus.ACTIVE;
        decide(communicator, reason, now);
    }

    public void decline(Person communicator, String reason, Instant now) {
        requireStatus("ambassador.decide.notApplied", AmbassadorStatus.APPLIED);
        requireNotSelf(communicator);
        if (blankToNull(reason) == null) {
            throw PortalException.invalidField("reason", "ambassador.decline.reasonRequired");
        }
        status = AmbassadorStatus.DECLINED;
        decide(communicator, reason, now);
    }

    public void pause() {
        requireStatus("ambassador.pause.notActive", AmbassadorStatus.ACTIVE);
        status = AmbassadorStatus.PAUSED;
    }

    public void resume() {
        requireStatus("ambassador.resume.notPaused", AmbassadorStatus.PAUSED);
        status = AmbassadorStatus.ACTIVE;
    }

    /**
     * Leaves the programme and erases the profile: motivation, topics, languages, channels,
     * photo, endorsement and the link to the person. What remains is a dated, anonymous row.
     */
    public void leave(Instant now) {
        requireStatus(
                "ambassador.leave.notMember",
                AmbassadorStatus.APPLIED,
                AmbassadorStatus.ACTIVE,
                AmbassadorStatus.PAUSED,
                AmbassadorStatus.DECLINED);
        // The lazy photo first: touching an attribute that was not fetched makes EclipseLink load the
        // rest of the row, which would overwrite changes made before it in this method.
        photo = null;
        photoType = null;
        status = AmbassadorStatus.LEFT;
        leftAt = now;
        person = null;
        motivation = null;
        topics = null;
        languages = null;
        contactOk = false;
        channels.clear();
        decisionReason = null;
        decidedBy = null;
        endorsement = null;
        endorsedBy = null;
    }

    public void changePhoto(byte[] bytes, String type) {
        requireStatus(
                "ambassador.profile.notEditable",
                AmbassadorStatus.APPLIED,
                AmbassadorStatus.ACTIVE,
                AmbassadorStatus.PAUSED);
        photo = bytes == null ? null : bytes.clone();
        photoType = bytes == null ? null : type;
    }

    public boolean isActive() {
        return status == AmbassadorStatus.ACTIVE;
    }

    public boolean isFormer() {
        return status == AmbassadorStatus.LEFT;
    }

    public boolean isMember() {
        return status == AmbassadorStatus.ACTIVE || status == AmbassadorStatus.PAUSED;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    public Set<Channel> channelSet() {
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        channels.forEach(presence -> set.add(presence.getChannel()));
        return set;
    }

    private void decide(Person communicator, String reason, Instant now) {
        decidedBy = communicator;
        decidedAt = now;
        decisionReason = limit(reason, 1000, "reason");
    }

    private void requireNotSelf(Person communicator) {
        if (communicator != null && Objects.equals(communicator, person)) {
            throw PortalException.forbidden("ambassador.decide.notOwn");
        }
    }

    private void requireStatus(String key, AmbassadorStatus... allowed) {
        for (AmbassadorStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw PortalException.conflict(key, status.name());
    }

    private static String limit(String value, int max, String field) {
        String trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            throw PortalException.invalidField(field, "ambassador.field.tooLong", max);
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Person getPerson() {
        return person;
    }

    public AmbassadorStatus getStatus() {
        return status;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getTopics() {
        return topics;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isContactOk() {
        return contactOk;
    }

    public List<ChannelPresence> getChannels() {
        return List.copyOf(channels);
    }

    public byte[] getPhoto() {
        return photo == null ? null : photo.clone();
    }

    public String getPhotoType() {
        return photoType;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getEndorsement() {
        return endorsement;
    }

    public Person getEndorsedBy() {
        return endorsedBy;
    }

    public Instant getLeftAt() {
        return leftAt;
    }
}

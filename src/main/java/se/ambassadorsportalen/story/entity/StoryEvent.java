package se.ambassadorsportalen.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** One step in a story's history: who did what and when. Written by {@link Story} only, never changed. */
@Entity
@Table(name = "story_event")
public class StoryEvent extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StoryAction action;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(length = 2000)
    private String note;

    protected StoryEvent() {}

    StoryEvent(Story story, Person actor, StoryAction action, Instant happenedAt, String note) {
        this.story = story;
        this.actor = actor;
        this.action = action;
        this.happenedAt = happenedAt;
        this.note = note;
    }

    public Story getStory() {
        return story;
    }

    public Person getActor() {
        return actor;
    }

    public StoryAction getAction() {
        return action;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getNote() {
        return note;
    }
}

package se.ambassadorsportalen.story.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Collation;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.time.PortalTime;

/** The story's state machine and consent rules, without a container. */
class StoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    /** A wall-clock time of these tests as the instant the story records. */
    private static Instant at(LocalDateTime wallClock) {
        return PortalTime.typed(wallClock);
    }

    private Person head;
    private Person manager;
    private Person author;
    private Person colleague;
    private Person communicator;

    @BeforeEach
    void organisation() {
        Unit administration = Unit.administration("HSF", "Hälso- och sjukvård");
        Unit ward = Unit.unit("MED3", "Medicin 3", administration);
        head = Person.employee("Ingrid", "Å", administration, "Chef", "Älvstad");
        administration.setManager(head);
        manager = Person.employee("Magnus", "B", ward, "Enhetschef", "Älvstad");
        ward.setManager(manager);
        author = Person.employee("Eva", "L", ward, "Sjuksköterska", "Älvstad");
        colleague = Person.employee("Maria", "G", ward, "Undersköterska", "Älvstad");
        communicator = Person.employee("Klara", "N", administration, "Kommunikatör", "Älvstad");
    }

    private Story completeDraft(Person by) {
        Story story = new Story(by, "Min vardag", "STAFF_PORTRAIT", at(NOW));
        story.edit(
                by,
                "Min vardag",
                "Jag arbetar på avdelningen.",
                "STAFF_PORTRAIT",
                Set.of("POTENTIAL_EMPLOYEES"),
                Set.of("CLOSE"),
                List.of("INSTAGRAM"),
                null,
                true,
                at(NOW));
        return story;
    }

    private Story approved() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));
        story.approve(manager, at(NOW));
        return story;
    }

    @Test
    void aWaitingStoryWhoseManagerLeftGoesToTheNewManagerAndOnlyTheyMayApproveIt() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));
        manager.getUnit().setManager(colleague);

        assertThat(story.handOverApproval(at(NOW.plusDays(1)))).contains(colleague);

        assertThat(story.getApprover()).isEqualTo(colleague);
        assertThat(story.getEvents()).extracting(StoryEvent::getAction).endsWith(StoryAction.APPROVER_CHANGED);
        assertThatThrownBy(() -> story.approve(manager, at(NOW))).isInstanceOf(PortalException.class);
        story.approve(colleague, at(NOW.plusDays(1)));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void aWaitingStoryGoesToTheManagerAboveWhenTheUnitHasNoneAndIsFlaggedWhenNobodyIsLeft() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));
        manager.getUnit().setManager(null);

        assertThat(story.handOverApproval(at(NOW))).contains(head);

        head.getUnit().setManager(null);
        assertThat(story.handOverApproval(at(NOW))).isEmpty();
        assertThat(story.getApprover()).isNull();
        assertThat(story.getStatus()).isEqualTo(StoryStatus.SUBMITTED);
    }

    @Test
    void onlyAWaitingStoryIsHandedToAnotherApprover() {
        Story story = approved();

        assertThatThrownBy(() -> story.handOverApproval(at(NOW))).isInstanceOf(PortalException.class);
    }

    @Test
    void newStoryIsADraftWithItsCreationInTheHistory() {
        Story story = completeDraft(author);

        assertThat(story.getStatus()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.getEvents()).extracting(StoryEvent::getAction).containsExactly(StoryAction.CREATED);
    }

    @Test
    void storyWithoutBrandAssociationCannotBeSubmittedButKeepsItsText() {
        Story story = new Story(author, "Titel", "BRAG", at(NOW));
        story.edit(
                author,
                "Titel",
                "Text som inte får försvinna.",
                "BRAG",
                Set.of("INTERNAL"),
                Set.of(),
                List.of("WEB"),
                null,
                false,
                at(NOW));

        assertThatThrownBy(() -> story.submit(author, Set.of(), at(NOW)))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("brands"));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.getBody()).isEqualTo("Text som inte får försvinna.");
    }

    @Test
    void redChannelNeedsAJustificationBeforeSubmitting() {
        Story story = completeDraft(author);

        assertThatThrownBy(() -> story.submit(author, Set.of("INSTAGRAM"), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("justifications.INSTAGRAM"));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.DRAFT);
    }

    private Story draftIn(List<String> channels, Map<String, String> reasons) {
        Story story = new Story(author, "Politik i vården", "POLITICS", at(NOW));
        story.edit(
                author,
                "Politik i vården",
                "Nämnden beslutar om nya tjänster.",
                "POLITICS",
                Set.of("INTERNAL"),
                Set.of("CLOSE"),
                channels,
                reasons,
                false,
                at(NOW));
        return story;
    }

    @Test
    void aReasonForOneRedChannelDoesNotCoverAnotherRedChannel() {
        Story story =
                draftIn(List.of("INSTAGRAM", "X", "WEB"), Map.of("INSTAGRAM", "Bilder från beslutet visar vardagen."));

        assertThat(story.unjustifiedChannels(Set.of("INSTAGRAM", "X"))).containsExactly("X");
        assertThatThrownBy(() -> story.submit(author, Set.of("INSTAGRAM", "X"), at(NOW)))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> {
                    PortalException refusal = (PortalException) e;
                    assertThat(refusal.field()).isEqualTo("justifications.X");
                    assertThat(refusal.key()).isEqualTo("story.justification.required");
                    assertThat(refusal.arguments()).containsExactly("X");
                });
        assertThat(story.getStatus()).isEqualTo(StoryStatus.DRAFT);
    }

    @Test
    void storyWithAReasonForEveryRedChannelIsSubmittedAndKeepsEachReasonWithItsChannel() {
        Story story = draftIn(
                List.of("INSTAGRAM", "X", "WEB"),
                Map.of("INSTAGRAM", "Bilder visar vardagen.", "X", "  Debatten förs där.  ", "WEB", " "));

        story.submit(author, Set.of("INSTAGRAM", "X"), at(NOW));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(story.getJustifications())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("INSTAGRAM", "Bilder visar vardagen.", "X", "Debatten förs där."));
        assertThat(story.justification("WEB")).isEmpty();
    }

    @Test
    void greenChannelsNeedNoReason() {
        Story story = draftIn(List.of("WEB"), Map.of());

        story.submit(author, Set.of(), at(NOW));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.SUBMITTED);
    }

    @Test
    void aReasonForAChannelNoLongerSuggestedIsDropped() {
        Story story = draftIn(List.of("INSTAGRAM", "X"), Map.of("INSTAGRAM", "Bilder.", "X", "Debatten."));

        story.edit(
                author,
                "Politik i vården",
                "Nämnden beslutar.",
                "POLITICS",
                Set.of("INTERNAL"),
                Set.of("CLOSE"),
                List.of("X"),
                Map.of("INSTAGRAM", "Bilder.", "X", "Debatten."),
                false,
                at(NOW));

        assertThat(story.getJustifications()).containsOnlyKeys("X");
    }

    @Test
    void aTooLongReasonIsRefusedAtItsChannel() {
        Story story = draftIn(List.of("X"), Map.of());

        assertThatThrownBy(() -> story.edit(
                        author,
                        "Politik i vården",
                        "Text.",
                        "POLITICS",
                        Set.of("INTERNAL"),
                        Set.of("CLOSE"),
                        List.of("X"),
                        Map.of("X", "a".repeat(Story.JUSTIFICATION_MAX + 1)),
                        false,
                        at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("justifications.X"));
    }

    @Test
    void submittedStoryGoesToTheAuthorsManager() {
        Story story = completeDraft(author);

        story.submit(author, Set.of(), at(NOW));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(story.getApprover()).isSameAs(manager);
    }

    @Test
    void managerCannotApproveOwnStoryItGoesToTheManagerAbove() {
        Story story = completeDraft(manager);
        story.submit(manager, Set.of(), at(NOW));

        assertThat(story.getApprover()).isSameAs(head);
        assertThatThrownBy(() -> story.approve(manager, at(NOW)))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.approve.own"));
        story.approve(head, at(NOW));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void onlyTheAuthorsManagerApproves() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        assertThatThrownBy(() -> story.approve(colleague, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.approve.notManager"));
        assertThatThrownBy(() -> story.approve(head, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.approve.notManager"));
    }

    @Test
    void draftCannotBeApproved() {
        Story story = completeDraft(author);

        assertThatThrownBy(() -> story.approve(manager, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).kind()).isEqualTo(PortalException.Kind.CONFLICT));
    }

    @Test
    void returnedStoryCarriesTheCommentAndCanBeEditedAndResubmitted() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        story.returnToAuthor(manager, "Lägg till en bild.", at(NOW));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.RETURNED);
        assertThat(story.getReturnComment()).isEqualTo("Lägg till en bild.");

        story.edit(
                author,
                "Min vardag",
                "Ny text.",
                "STAFF_PORTRAIT",
                Set.of("INTERNAL"),
                Set.of("DEVELOPING"),
                List.of("WEB"),
                null,
                false,
                at(NOW));
        story.submit(author, Set.of(), at(NOW));
        story.approve(manager, at(NOW));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.APPROVED);
        assertThat(story.getEvents())
                .extracting(StoryEvent::getAction)
                .containsExactly(
                        StoryAction.CREATED,
                        StoryAction.SUBMITTED,
                        StoryAction.RETURNED,
                        StoryAction.SUBMITTED,
                        StoryAction.APPROVED);
    }

    @Test
    void returnNeedsAComment() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        assertThatThrownBy(() -> story.returnToAuthor(manager, " ", at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("comment"));
    }

    @Test
    void submittedStoryCannotBeEdited() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        assertThatThrownBy(
                        () -> story.edit(author, "x", "y", "BRAG", Set.of(), Set.of(), List.of(), null, false, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.edit.notEditable"));
    }

    @Test
    void onlyTheAuthorEdits() {
        Story story = completeDraft(author);

        assertThatThrownBy(() ->
                        story.edit(colleague, "x", "y", "BRAG", Set.of(), Set.of(), List.of(), null, false, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).kind()).isEqualTo(PortalException.Kind.FORBIDDEN));
    }

    @Test
    void storyCannotBeScheduledWhileAConsentIsPendingOrRefused() {
        Story story = completeDraft(author);
        Consent consent = story.pictureColleague(author, colleague, at(NOW));
        story.submit(author, Set.of(), at(NOW));
        story.approve(manager, at(NOW));

        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.schedule.consentMissing"));
        story.answerConsent(colleague, consent, false, at(NOW));
        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.schedule.consentMissing"));
        story.answerConsent(colleague, consent, true, at(NOW));

        story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.SCHEDULED);
    }

    @Test
    void aWithdrawnConsentMayBeGivenAgainWhileTheStoryIsNotWithdrawnButNeverTurnedIntoANo() {
        Story story = completeDraft(author);
        Consent consent = story.pictureColleague(author, colleague, at(NOW));
        story.answerConsent(colleague, consent, true, at(NOW));
        story.withdrawConsent(colleague, consent, at(NOW.plusHours(1)));
        assertThat(consent.getStatus()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(consent.getAnsweredAt()).as("the date of the withdrawal").isEqualTo(at(NOW.plusHours(1)));
        assertThat(story.consentsMissing()).isEqualTo(1);

        assertThatThrownBy(() -> story.answerConsent(colleague, consent, false, at(NOW.plusHours(2))))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.consent.alreadyAnswered"));
        story.answerConsent(colleague, consent, true, at(NOW.plusHours(2)));

        assertThat(consent.getStatus()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(story.consentsMissing()).isZero();
    }

    @Test
    void onlyThePersonPicturedAnswersTheirConsent() {
        Story story = completeDraft(author);
        Consent consent = story.pictureColleague(author, colleague, at(NOW));

        assertThatThrownBy(() -> story.answerConsent(author, consent, true, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.consent.notYours"));
        assertThat(consent.getStatus()).isEqualTo(ConsentStatus.PENDING);
    }

    @Test
    void externalPersonNeedsARecordOfHowConsentWasObtained() {
        Story story = completeDraft(author);

        assertThatThrownBy(() -> story.pictureExternal(author, "Patientens anhörig", " ", at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("externalMethod"));
        Consent recorded = story.pictureExternal(author, "Patientens anhörig", "Skriftligt samtycke 3 mars", at(NOW));
        assertThat(recorded.isGiven()).isTrue();
    }

    @Test
    void authorPicturedInOwnStoryConsentsByWritingIt() {
        Story story = completeDraft(author);

        assertThat(story.pictureColleague(author, author, at(NOW)).isGiven()).isTrue();
    }

    @Test
    void schedulingInThePastIsRefused() {
        Story story = approved();

        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.minusMinutes(1)), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("scheduledAt"));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void submittedStoryCannotBeScheduled() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.schedule.notApproved"));
    }

    @Test
    void movingAPlannedPostReschedulesTheSamePlacementAndRecordsTheMove() {
        Story story = approved();
        Placement planned = story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW));

        Placement moved = story.schedule(communicator, "WEB", at(NOW.plusDays(2).plusHours(3)), at(NOW.plusHours(1)));

        assertThat(moved).isSameAs(planned);
        assertThat(story.getPlacements()).hasSize(1);
        assertThat(moved.getScheduledAt()).isEqualTo(at(NOW.plusDays(2).plusHours(3)));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(story.getEvents())
                .extracting(StoryEvent::getAction)
                .endsWith(StoryAction.SCHEDULED, StoryAction.MOVED);
    }

    @Test
    void onlyApprovingPlanningAndWithdrawingAStoryMayChangeWhatCommunicatorsMustDo() {
        Story story = completeDraft(author);
        assertThat(story.mayTouchCommunicatorQueues()).as("a draft").isFalse();
        story.submit(author, Set.of(), at(NOW));
        assertThat(story.mayTouchCommunicatorQueues()).as("submitted").isFalse();
        story.approve(manager, at(NOW));
        assertThat(story.mayTouchCommunicatorQueues())
                .as("approved: one more to plan")
                .isTrue();
        story.schedule(communicator, "WEB", at(NOW.plusHours(1)), at(NOW));
        assertThat(story.mayTouchCommunicatorQueues())
                .as("planned: one fewer to plan")
                .isTrue();
        story.publish(communicator, "WEB", "https://www.fjallmark.example/nyheter/1", at(NOW.plusHours(2)));
        assertThat(story.mayTouchCommunicatorQueues()).as("published").isFalse();
        story.withdraw(author, at(NOW.plusHours(3)));
        assertThat(story.mayTouchCommunicatorQueues())
                .as("withdrawn: a post to take down")
                .isTrue();
    }

    @Test
    void aPlannedPostCannotBeMovedIntoThePast() {
        Story story = approved();
        story.schedule(communicator, "WEB", at(NOW.plusDays(1)), at(NOW));

        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.minusHours(1)), at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("scheduledAt"));
        assertThat(story.placement("WEB").orElseThrow().getScheduledAt()).isEqualTo(at(NOW.plusDays(1)));
    }

    @Test
    void aPostAlreadyPublishedCannotBeMoved() {
        Story story = approved();
        story.schedule(communicator, "WEB", at(NOW.plusHours(1)), at(NOW));
        story.publish(communicator, "WEB", "https://www.fjallmark.example/nyheter/1", at(NOW.plusHours(2)));

        assertThatThrownBy(() -> story.schedule(communicator, "WEB", at(NOW.plusDays(3)), at(NOW.plusHours(3))))
                .satisfies(e -> assertThat(((PortalException) e).key()).isEqualTo("story.schedule.alreadyPublished"));
        assertThat(story.placement("WEB").orElseThrow().getScheduledAt()).isEqualTo(at(NOW.plusHours(1)));
    }

    @Test
    void recordingTheLinkPublishesTheStoryInThatChannel() {
        Story story = approved();
        story.schedule(communicator, "INSTAGRAM", at(NOW.plusHours(2)), at(NOW));

        assertThatThrownBy(() -> story.publish(communicator, "INSTAGRAM", "javascript:alert(1)", at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).field()).isEqualTo("link"));
        story.publish(communicator, "INSTAGRAM", "https://instagram.example/p/1", at(NOW.plusHours(3)));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(story.placement("INSTAGRAM").orElseThrow().isPublished()).isTrue();
        assertThat(story.isPublicPortrait("STAFF_PORTRAIT", at(NOW.minusMonths(12))))
                .isTrue();
    }

    @Test
    void onlyAPublishedOrWithdrawnStoryCanChangeThePublicFeed() {
        Story story = completeDraft(author);
        assertThat(story.mayTouchPublicFeed()).as("draft").isFalse();
        story.submit(author, Set.of(), at(NOW));
        assertThat(story.mayTouchPublicFeed()).as("submitted").isFalse();
        story.approve(manager, at(NOW));
        assertThat(story.mayTouchPublicFeed()).as("approved").isFalse();
        story.schedule(communicator, "WEB", at(NOW.plusHours(1)), at(NOW));
        assertThat(story.mayTouchPublicFeed()).as("scheduled").isFalse();
        story.publish(communicator, "WEB", "https://www.fjallmark.example/nyheter/3", at(NOW.plusHours(1)));
        assertThat(story.mayTouchPublicFeed()).as("published").isTrue();
        story.withdraw(author, at(NOW.plusDays(1)));
        assertThat(story.mayTouchPublicFeed()).as("withdrawn after publishing").isTrue();
    }

    @Test
    void withdrawnConsentTakesAPublishedStoryOutAndListsThePostsToTakeDown() {
        Story story = completeDraft(author);
        Consent consent = story.pictureColleague(author, colleague, at(NOW));
        story.answerConsent(colleague, consent, true, at(NOW));
        story.submit(author, Set.of(), at(NOW));
        story.approve(manager, at(NOW));
        story.schedule(communicator, "INSTAGRAM", at(NOW.plusHours(1)), at(NOW));
        story.publish(communicator, "INSTAGRAM", "https://instagram.example/p/2", at(NOW.plusHours(1)));

        story.withdrawConsent(colleague, consent, at(NOW.plusDays(2)));

        assertThat(story.getStatus()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(story.isPublicPortrait("STAFF_PORTRAIT", at(NOW.minusMonths(12))))
                .isFalse();
        assertThat(story.postsToTakeDown())
                .extracting(Placement::getChannelCode)
                .containsExactly("INSTAGRAM");
        story.takenDown(communicator, "INSTAGRAM", at(NOW.plusDays(2)));
        assertThat(story.postsToTakeDown()).isEmpty();
    }

    @Test
    void onlyTheAuthorWithdrawsTheStory() {
        Story story = approved();

        assertThatThrownBy(() -> story.withdraw(manager, at(NOW))).isInstanceOf(PortalException.class);
        story.withdraw(author, at(NOW));
        assertThat(story.getStatus()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThatThrownBy(() -> story.withdraw(author, at(NOW)))
                .satisfies(e -> assertThat(((PortalException) e).kind()).isEqualTo(PortalException.Kind.CONFLICT));
    }

    @Test
    void portraitPublishedMoreThanTwelveMonthsAgoIsNotPublic() {
        Story story = approved();
        story.schedule(communicator, "WEB", at(NOW.plusHours(1)), at(NOW));
        story.publish(communicator, "WEB", "https://example.org/a", at(NOW.plusHours(1)));

        assertThat(story.isPublicPortrait(
                        "STAFF_PORTRAIT", at(NOW.plusMonths(13).minusMonths(12))))
                .isFalse();
        assertThat(story.isPublicPortrait("BRAG", at(NOW.minusMonths(12)))).isFalse();
    }

    @Test
    void communicatorsSeeStoriesOnlyOnceApproved() {
        Story story = completeDraft(author);
        story.submit(author, Set.of(), at(NOW));

        assertThat(story.isVisibleTo(communicator, true)).isFalse();
        assertThat(story.isVisibleTo(manager, false)).isTrue();
        story.approve(manager, at(NOW));
        assertThat(story.isVisibleTo(communicator, true)).isTrue();
        assertThat(story.isVisibleTo(communicator, false)).isFalse();
    }

    @Test
    void aStorySortsByItsTitleInEachLanguageAndAnEditedTitleTakesItsNewPlace() {
        Story story = new Story(author, "Ödmjuk vård", "STAFF_PORTRAIT", at(NOW));
        assertThat(story.sortKeys().in(Languages.DANISH)).isEqualTo(Collation.key(Languages.DANISH, "Ödmjuk vård"));

        story.edit(
                author,
                " Ängsliga nätter ",
                null,
                "STAFF_PORTRAIT",
                Set.of(),
                Set.of(),
                List.of(),
                null,
                true,
                at(NOW));

        assertThat(story.sortKeys().in(Languages.DEFAULT))
                .isEqualTo(Collation.key(Languages.DEFAULT, "Ängsliga nätter"));
        assertThat(story.sortKeys().in(Locale.ENGLISH)).isEqualTo(Collation.key(Locale.ENGLISH, "Ängsliga nätter"));
    }
}

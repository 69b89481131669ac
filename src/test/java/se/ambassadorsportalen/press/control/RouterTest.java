package se.ambassadorsportalen.press.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.press.control.Router.Proposal;
import se.ambassadorsportalen.press.control.Router.Question;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.control.RoutingSnapshot.Period;
import se.ambassadorsportalen.press.control.RoutingSnapshot.RuleEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.SpokespersonEntry;
import se.ambassadorsportalen.press.control.RoutingSnapshot.TopicEntry;
import se.ambassadorsportalen.press.entity.RuleCondition;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.SpokespersonKind;

class RouterTest {

    /** Wednesday 2026-11-25, 10:00: office hours. */
    static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 11, 25, 10, 0);
    /** Saturday 2026-11-28, 14:00: a weekend. */
    static final LocalDateTime SATURDAY = LocalDateTime.of(2026, 11, 28, 14, 0);

    static final List<TopicEntry> TOPICS = List.of(
            new TopicEntry("folktandvard", "Folktandvården", "FTV", List.of("tandvård", "tandläkare", "folktandvård")),
            new TopicEntry("akutvard", "Akutvård", "HSF", List.of("akuten", "akutmottagning", "väntetid")),
            new TopicEntry("busstrafik", "Busstrafik", "KTF", List.of("buss", "bussar", "hållplats")),
            new TopicEntry("vardkoer", "Vårdköer", "HSF", List.of("vårdkö", "köer")));

    static final List<RuleEntry> STANDARD_RULES = List.of(
            new RuleEntry(1, RuleCondition.POLITICAL, List.of(RuleTarget.ELECTED_OFFICIAL)),
            new RuleEntry(2, RuleCondition.COMPLEX, List.of(RuleTarget.COORDINATOR)),
            new RuleEntry(3, RuleCondition.SEVERAL_AREAS, List.of(RuleTarget.COORDINATOR)),
            new RuleEntry(4, RuleCondition.ONE_AREA, List.of(RuleTarget.MANAGER, RuleTarget.EXPERT)),
            new RuleEntry(5, RuleCondition.NO_MATCH, List.of(RuleTarget.COORDINATOR)));

    final List<SpokespersonEntry> people = new ArrayList<>();

    SpokespersonEntry person(
            long id,
            String name,
            SpokespersonKind kind,
            String title,
            String area,
            Set<String> topics,
            boolean coordinator,
            Long deputy,
            List<Period> absences,
            List<Period> onCall) {
        SpokespersonEntry entry = new SpokespersonEntry(
                id,
                name,
                kind,
                title,
                area == null ? Set.of() : Set.of(area),
                topics,
                coordinator,
                deputy,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0),
                LocalTime.of(17, 0),
                absences,
                onCall);
        people.add(entry);
        return entry;
    }

    void standardRegistry() {
        person(
                1,
                "Tomas Rydén",
                SpokespersonKind.ELECTED_OFFICIAL,
                "Ordförande i tandvårdsnämnden",
                "FTV",
                Set.of("folktandvard"),
                false,
                null,
                List.of(),
                List.of());
        person(
                2,
                "Marianne Frisk",
                SpokespersonKind.ELECTED_OFFICIAL,
                "Ordförande i hälso- och sjukvårdsnämnden",
                "HSF",
                Set.of("akutvard", "vardkoer"),
                false,
                null,
                List.of(),
                List.of());
        person(
                3,
                "Birgitta Falk",
                SpokespersonKind.MANAGER,
                "Tandvårdsdirektör",
                "FTV",
                Set.of("folktandvard"),
                false,
                4L,
                List.of(),
                List.of());
        person(
                4,
                "Gustav Hellström",
                SpokespersonKind.MANAGER,
                "Klinikchef",
                "FTV",
                Set.of("folktandvard"),
                false,
                null,
                List.of(),
                List.of());
        person(
                5,
                "Yasmin Kaya",
                SpokespersonKind.EXPERT,
                "Tandläkare",
                "FTV",
                Set.of("folktandvard"),
                false,
                null,
                List.of(),
                List.of());
        person(
                6,
                "Sofia Karlsson",
                SpokespersonKind.COMMUNICATIONS,
                "Kommunikationschef",
                "RLF",
                Set.of(),
                true,
                null,
                List.of(),
                List.of());
        person(
                7,
                "Mats Öberg",
                SpokespersonKind.COMMUNICATIONS,
                "Pressjour",
                "RLF",
                Set.of(),
                false,
                null,
                List.of(),
                List.of(new Period(SATURDAY.minusHours(6), SATURDAY.plusHours(6))));
    }

    Routing route(String text, boolean political, boolean complex, LocalDateTime at, String... topics) {
        return Router.route(
                new RoutingSnapshot(TOPICS, people, STANDARD_RULES),
                new Question(text, List.of(topics), political, complex, at));
    }

    static List<String> keys(Proposal proposal) {
        return proposal.reasons().stream().map(Explanation::key).toList();
    }

    @Test
    void politicalQuestionAboutDentalCareGoesToTheChairOfTheDentalCommittee() {
        standardRegistry();

        Routing routing = route("Varför höjs avgifterna i tandvården?", true, false, WEDNESDAY_MORNING);

        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.POLITICAL);
        assertThat(routing.topicCodes()).containsExactly("folktandvard");
        Proposal first = routing.proposals().get(0);
        assertThat(first.name()).isEqualTo("Tomas Rydén");
        assertThat(first.reasons().get(0))
                .isEqualTo(Explanation.of(
                        "press.reason.POLITICAL", "Folktandvården", "Ordförande i tandvårdsnämnden", "Tomas Rydén"));
        assertThat(routing.proposals()).extracting(Proposal::name).doesNotContain("Marianne Frisk");
    }

    @Test
    void questionWithinOneAreaGoesToItsManagerFirstThenTheExpert() {
        standardRegistry();

        Routing routing = route("Hur snabbt får man tid hos tandläkare?", false, false, WEDNESDAY_MORNING);

        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.ONE_AREA);
        assertThat(routing.proposals())
                .extracting(Proposal::name)
                .containsExactly("Birgitta Falk", "Gustav Hellström", "Yasmin Kaya");
        assertThat(keys(routing.proposals().get(0))).containsExactly("press.reason.ONE_AREA", "press.reason.covers");
        assertThat(routing.proposals()).allMatch(Proposal::available);
    }

    @Test
    void questionSpanningSeveralAreasGoesToTheCommunicationsCoordinator() {
        standardRegistry();

        Routing routing = route("Bussar till akuten och tandvården", false, false, WEDNESDAY_MORNING);

        assertThat(routing.areas()).containsExactlyInAnyOrder("FTV", "HSF", "KTF");
        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.SEVERAL_AREAS);
        assertThat(routing.proposals()).extracting(Proposal::name).containsExactly("Sofia Karlsson");
    }

    @Test
    void complexOrCrisisQuestionGoesToTheCoordinatorEvenWithinOneArea() {
        standardRegistry();

        Routing routing = route("Brand på tandvårdskliniken", false, true, WEDNESDAY_MORNING, "folktandvard");

        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.COMPLEX);
        assertThat(routing.proposals().get(0).name()).isEqualTo("Sofia Karlsson");
        assertThat(routing.proposals().get(0).reasons().get(0).key()).isEqualTo("press.reason.COMPLEX");
    }

    @Test
    void questionMatchingNothingGoesToTheCoordinatorAndSaysSo() {
        standardRegistry();

        Routing routing = route("Vad tycker ni om vädret?", false, false, WEDNESDAY_MORNING);

        assertThat(routing.topicCodes()).isEmpty();
        assertThat(routing.notices()).extracting(Explanation::key).contains("press.notice.noTopic");
        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.NO_MATCH);
        assertThat(routing.proposals()).extracting(Proposal::name).containsExactly("Sofia Karlsson");
    }

    @Test
    void synonymFindsTheTopicInsideASwedishCompound() {
        standardRegistry();

        assertThat(Router.recognise(new RoutingSnapshot(TOPICS, people, STANDARD_RULES), "Barntandvården i Åby"))
                .containsExactly("folktandvard");
    }

    @Test
    void managerAwayThisWeekIsPassedOverForTheDeputyWithTheReasonInWords() {
        person(
                3,
                "Birgitta Falk",
                SpokespersonKind.MANAGER,
                "Tandvårdsdirektör",
                "FTV",
                Set.of("folktandvard"),
                false,
                4L,
                List.of(new Period(WEDNESDAY_MORNING.minusDays(2), LocalDateTime.of(2026, 11, 30, 8, 0))),
                List.of());
        person(
                4,
                "Gustav Hellström",
                SpokespersonKind.MANAGER,
                "Klinikchef",
                "FTV",
                Set.of(),
                false,
                null,
                List.of(),
                List.of());
        person(
                6,
                "Sofia Karlsson",
                SpokespersonKind.COMMUNICATIONS,
                "Kommunikationschef",
                "RLF",
                Set.of(),
                true,
                null,
                List.of(),
                List.of());

        Routing routing = route("tandvård", false, false, WEDNESDAY_MORNING);

        Proposal first = routing.proposals().get(0);
        assertThat(first.name()).isEqualTo("Gustav Hellström");
        assertThat(first.insteadOfId()).isEqualTo(3L);
        assertThat(first.reasons())
                .contains(Explanation.of(
                        "press.reason.away.deputy", "Birgitta Falk", "2026-11-30 08:00", "Gustav Hellström"));
        assertThat(routing.proposals()).extracting(Proposal::name).containsOnlyOnce("Gustav Hellström");
    }

    @Test
    void theSameQuestionAfterTheAbsenceGoesToTheManagerHerself() {
        person(
                3,
                "Birgitta Falk",
                SpokespersonKind.MANAGER,
                "Tandvårdsdirektör",
                "FTV",
                Set.of("folktandvard"),
                false,
                4L,
                List.of(new Period(WEDNESDAY_MORNING.minusDays(2), LocalDateTime.of(2026, 11, 30, 8, 0))),
                List.of());
        person(
                4,
                "Gustav Hellström",
                SpokespersonKind.MANAGER,
                "Klinikchef",
                "FTV",
                Set.of(),
                false,
                null,
                List.of(),
                List.of());

        Routing routing = route("tandvård", false, false, LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(routing.proposals().get(0).name()).isEqualTo("Birgitta Falk");
        assertThat(routing.proposals().get(0).insteadOfId()).isNull();
    }

    @Test
    void atTheWeekendTheOnCallPressOfficerStandsInForEveryoneOutsideOfficeHours() {
        standardRegistry();

        Routing routing = route("tandvård", false, false, SATURDAY);

        Proposal first = routing.proposals().get(0);
        assertThat(first.name()).isEqualTo("Mats Öberg");
        assertThat(first.available()).isTrue();
        assertThat(keys(first)).contains("press.reason.outOfOffice.onCall");
        assertThat(routing.proposals()).extracting(Proposal::name).containsOnlyOnce("Mats Öberg");
    }

    @Test
    void nobodyReachableStillProposesThePersonAndSaysTheyCannotBeReached() {
        standardRegistry();
        LocalDateTime sundayNight = LocalDateTime.of(2026, 11, 29, 23, 0);

        Routing routing = route("tandvård", false, false, sundayNight);

        Proposal first = routing.proposals().get(0);
        assertThat(first.name()).isEqualTo("Birgitta Falk");
        assertThat(first.available()).isFalse();
        assertThat(keys(first)).contains("press.reason.outOfOffice.nobody");
    }

    @Test
    void deputyWhoIsAlsoAwayHandsOnToTheirOwnDeputy() {
        LocalDateTime until = WEDNESDAY_MORNING.plusDays(1);
        person(
                3,
                "Birgitta Falk",
                SpokespersonKind.MANAGER,
                "Tandvårdsdirektör",
                "FTV",
                Set.of(),
                false,
                4L,
                List.of(new Period(WEDNESDAY_MORNING.minusHours(1), until)),
                List.of());
        person(
                4,
                "Gustav Hellström",
                SpokespersonKind.EXPERT,
                "Klinikchef",
                "RLF",
                Set.of(),
                false,
                5L,
                List.of(new Period(WEDNESDAY_MORNING.minusHours(1), until)),
                List.of());
        person(
                5,
                "Yasmin Kaya",
                SpokespersonKind.EXPERT,
                "Tandläkare",
                "RLF",
                Set.of(),
                false,
                null,
                List.of(),
                List.of());

        Routing routing = route("tandvård", false, false, WEDNESDAY_MORNING);

        assertThat(routing.proposals().get(0).name()).isEqualTo("Yasmin Kaya");
    }

    @Test
    void politicalQuestionWithNoElectedOfficialForTheAreaFallsThroughToTheNextRule() {
        person(
                3,
                "Birgitta Falk",
                SpokespersonKind.MANAGER,
                "Tandvårdsdirektör",
                "FTV",
                Set.of(),
                false,
                null,
                List.of(),
                List.of());

        Routing routing = route("tandvård", true, false, WEDNESDAY_MORNING);

        assertThat(routing.notices()).extracting(Explanation::key).contains("press.notice.ruleFoundNobody");
        assertThat(routing.decidedBy()).isEqualTo(RuleCondition.ONE_AREA);
        assertThat(routing.proposals().get(0).name()).isEqualTo("Birgitta Falk");
    }

    @Test
    void rulesAreDataSoReorderingThemChangesTheAnswer() {
        standardRegistry();
        List<RuleEntry> expertsFirst = List.of(
                new RuleEntry(1, RuleCondition.ONE_AREA, List.of(RuleTarget.EXPERT, RuleTarget.MANAGER)),
                new RuleEntry(2, RuleCondition.POLITICAL, List.of(RuleTarget.ELECTED_OFFICIAL)));

        Routing routing = Router.route(
                new RoutingSnapshot(TOPICS, people, expertsFirst),
                new Question("tandvård", List.of(), true, false, WEDNESDAY_MORNING));

        assertThat(routing.proposals().get(0).name()).isEqualTo("Yasmin Kaya");
    }

    @Test
    void withoutAnyRuleThatFitsTheCoordinatorIsTheFallback() {
        standardRegistry();

        Routing routing = Router.route(
                new RoutingSnapshot(TOPICS, people, List.of()),
                new Question("tandvård", List.of(), false, false, WEDNESDAY_MORNING));

        assertThat(routing.decidedBy()).isNull();
        assertThat(routing.notices()).extracting(Explanation::key).contains("press.notice.fallback");
        assertThat(routing.proposals().get(0).reasons().get(0).key()).isEqualTo("press.reason.FALLBACK");
    }

    @Test
    void closestTopicIsOfferedForAMistypedCode() {
        assertThat(Router.closestTopic(new RoutingSnapshot(TOPICS, people, STANDARD_RULES), "folktandvrd"))
                .map(TopicEntry::code)
                .contains("folktandvard");
    }
}

package se.ambassadorsportalen.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.search.SearchDocument.Text;
import se.ambassadorsportalen.platform.security.Role;

class SearchIndexTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale DA = Locale.forLanguageTag("da");
    private static final List<Locale> DANISH_AND_ENGLISH = List.of(DA, Locale.ENGLISH);
    private static final String EMPLOYEES = SearchReaders.role(Role.EMPLOYEE);
    private static final Set<String> EMPLOYEE = Set.of(EMPLOYEES);

    private final SearchIndex index = new SearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchDocument document(String key, String title, String text, Set<String> readers) {
        return new SearchDocument(
                key, Text.same(title), Text.swedish(text), Text.same("detalj " + key), "/p?id=" + key, readers);
    }

    private List<String> titles(String kind, Set<String> keys, String words) {
        return index.search(kind, keys, SearchQuery.of(words), SV, 0, 20).hits().stream()
                .map(SearchHit::title)
                .toList();
    }

    @Test
    void aSwedishPluralFindsTheSingularAndTheOtherWayRound() {
        index.apply(
                "page",
                SearchFeed.all(List.of(
                        document("1", "Sjuksköterska på natten", "", Set.of(EMPLOYEES)),
                        document("2", "Läkare på dagen", "Vi söker sjuksköterskor till akuten.", Set.of(EMPLOYEES)))));

        assertThat(titles("page", EMPLOYEE, "sjuksköterskor"))
                .containsExactlyInAnyOrder("Sjuksköterska på natten", "Läkare på dagen");
        assertThat(titles("page", EMPLOYEE, "sjuksköterskorna")).hasSize(2);
    }

    @Test
    void englishWordsAreStemmedInTheEnglishText() {
        index.apply(
                "policy",
                SearchFeed.all(List.of(new SearchDocument(
                        "1",
                        new Text("Riktlinje för sociala medier", "Guideline for social media"),
                        new Text("Hur medarbetare skriver.", "How nurses and doctors write."),
                        Text.NONE,
                        "/policy?id=1",
                        Set.of(EMPLOYEES)))));

        assertThat(titles("policy", EMPLOYEE, "nurse")).containsExactly("Riktlinje för sociala medier");
        assertThat(index.search("policy", EMPLOYEE, SearchQuery.of("guidelines"), Locale.ENGLISH, 0, 5)
                        .hits())
                .extracting(SearchHit::title)
                .as("shown in the reader's language")
                .containsExactly("Guideline for social media");
    }

    private List<String> titles(String kind, Set<String> keys, String words, List<Locale> languages, Locale reader) {
        return index
                .search(List.of(new SearchIndex.Asked(kind, keys)), SearchQuery.of(words), languages, reader, 0, 20)
                .get(0)
                .hits()
                .stream()
                .map(SearchHit::title)
                .toList();
    }

    private static SearchDocument policy(String key, Text title, Text text, Set<String> readers) {
        return new SearchDocument(key, title, text, Text.NONE, "/policy?id=" + key, readers);
    }

    @Test
    void englishWordsInOtherFormsFindTheEnglishTextShownInEnglish() {
        index.apply(
                "policy",
                SearchFeed.all(List.of(policy(
                        "1",
                        new Text("Svar till medierna", "Answering the media"),
                        new Text(
                                "Chefer svarar på frågor om bemanning.",
                                "Managers are answering questions on staffing."),
                        Set.of(EMPLOYEES)))));

        for (String words : List.of("answered", "manager staffed", "question")) {
            assertThat(titles("policy", EMPLOYEE, words, SearchIndex.SWEDISH_AND_ENGLISH, Locale.ENGLISH))
                    .as(words)
                    .containsExactly("Answering the media");
        }
        assertThat(titles("policy", EMPLOYEE, "answered", SearchIndex.SWEDISH_AND_ENGLISH, SV))
                .as("the same hit for a Swedish reader, in Swedish")
                .containsExactly("Svar till medierna");
    }

    @Test
    void aWordIsLookedForInTheLanguagesTheOrganisationOffersOnly() {
        index.apply(
                "policy",
                SearchFeed.all(List.of(policy(
                        "1", new Text("Svar till medierna", "Answering the media"), Text.NONE, Set.of(EMPLOYEES)))));

        assertThat(titles("policy", EMPLOYEE, "answered", List.of(SV), SV))
                .as("English stemming is not asked for where English is not offered")
                .isEmpty();
        assertThat(titles("policy", EMPLOYEE, "answer", List.of(SV), SV))
                .as("the beginning of a word is found in every language")
                .containsExactly("Svar till medierna");
    }

    @Test
    void danishWordsInOtherFormsFindTheTextsOfADanishOrganisation() {
        index.apply(
                "news",
                SearchFeed.all(List.of(
                        document(
                                "1",
                                "Nye medarbejdere i jobcentret",
                                "Virksomhederne søger flere medarbejdere.",
                                Set.of(EMPLOYEES)),
                        document("2", "Kantinen holder lukket", "Medarbejderne spiser i byen.", Set.of(EMPLOYEES)),
                        document(
                                "3",
                                "Ledernes medarbejdersamtaler",
                                "Kun for medarbejderne i ledelsen.",
                                Set.of(SearchReaders.person(9))))),
                DA);

        assertThat(titles("news", EMPLOYEE, "medarbejderne", DANISH_AND_ENGLISH, DA))
                .containsExactlyInAnyOrder("Nye medarbejdere i jobcentret", "Kantinen holder lukket");
        assertThat(titles("news", EMPLOYEE, "medarbejdere og virksomhedernes", DANISH_AND_ENGLISH, DA))
                .as("every word in another form; 'og' is a Danish stop word")
                .containsExactly("Nye medarbejdere i jobcentret");
        assertThat(titles("news", Set.of(SearchReaders.person(9)), "medarbejder", DANISH_AND_ENGLISH, DA))
                .as("readers are filtered as in any language")
                .containsExactly("Ledernes medarbejdersamtaler");
    }

    @Test
    void aDanishTextStemmedAsSwedishMissesTheOtherFormsOfItsWords() {
        List<SearchDocument> danish =
                List.of(document("1", "Kantinen holder lukket", "Medarbejderne spiser i byen.", Set.of(EMPLOYEES)));

        index.apply("news", SearchFeed.all(danish), SV);
        assertThat(titles("news", EMPLOYEE, "medarbejdere", List.of(SV, DA, Locale.ENGLISH), DA))
                .as("the Swedish stemmer makes two words of medarbejderne and medarbejdere")
                .isEmpty();

        assertThat(index.apply("news", SearchFeed.all(danish), DA))
                .as("the organisation's language changed: the same document is written again")
                .isEqualTo(1);
        assertThat(titles("news", EMPLOYEE, "medarbejdere", DANISH_AND_ENGLISH, DA))
                .containsExactly("Kantinen holder lukket");
        assertThat(index.apply("news", SearchFeed.all(danish), DA)).isZero();
    }

    @Test
    void aHitInTheTitleRanksAboveOneInTheText() {
        index.apply(
                "news",
                SearchFeed.all(List.of(
                        document(
                                "1",
                                "Nytt om parkering",
                                "Arbetstidsmodell och mycket annat om arbetstidsmodellen.",
                                Set.of(EMPLOYEES)),
                        document("2", "Ny arbetstidsmodell prövas", "Kort text.", Set.of(EMPLOYEES)))));

        assertThat(titles("news", EMPLOYEE, "arbetstidsmodell"))
                .containsExactly("Ny arbetstidsmodell prövas", "Nytt om parkering");
    }

    @Test
    void everyWordMustMatchButStopWordsOnlyAddToTheScore() {
        index.apply(
                "policy",
                SearchFeed.all(List.of(
                        document("1", "Policy för sociala medier", "", Set.of(EMPLOYEES)),
                        document("2", "Policy för press", "", Set.of(EMPLOYEES)))));

        assertThat(titles("policy", EMPLOYEE, "policy för medier")).containsExactly("Policy för sociala medier");
        assertThat(titles("policy", EMPLOYEE, "och")).isEmpty();
    }

    @Test
    void theBeginningOfANameFindsThePerson() {
        index.apply(
                "spokesperson",
                SearchFeed.all(List.of(document("1", "Anna Andersson", "Överläkare", Set.of(EMPLOYEES)))));

        assertThat(titles("spokesperson", EMPLOYEE, "anders")).containsExactly("Anna Andersson");
        assertThat(titles("spokesperson", EMPLOYEE, "överläk")).containsExactly("Anna Andersson");
    }

    @Test
    void aHitIsShownOnlyToReadersHoldingOneOfItsKeys() {
        String eva = SearchReaders.person(1);
        String magnus = SearchReaders.person(2);
        String communicators = SearchReaders.role(Role.COMMUNICATOR);
        index.apply(
                "story",
                SearchFeed.all(List.of(
                        document("10", "Evas utkast om zebrafinkar", "", Set.of(eva)),
                        document("11", "Godkänd berättelse om zebrafinkar", "", Set.of(eva, magnus, communicators)))));

        assertThat(titles("story", Set.of(eva, EMPLOYEES), "zebrafinkar")).hasSize(2);
        assertThat(titles("story", Set.of(magnus, EMPLOYEES), "zebrafinkar"))
                .containsExactly("Godkänd berättelse om zebrafinkar");
        assertThat(titles("story", Set.of(communicators, SearchReaders.person(3)), "zebrafinkar"))
                .containsExactly("Godkänd berättelse om zebrafinkar");
        assertThat(titles("story", Set.of(SearchReaders.person(3), EMPLOYEES), "zebrafinkar"))
                .as("a colleague who is neither author nor approver nor communicator")
                .isEmpty();
        assertThat(titles("story", Set.of(), "zebrafinkar")).isEmpty();
    }

    @Test
    void aSearchNamesOneKindAndFindsNothingOfAnother() {
        index.apply("story", SearchFeed.all(List.of(document("1", "Kolibri", "", Set.of(EMPLOYEES)))));
        index.apply("news", SearchFeed.all(List.of(document("1", "Kolibri i parken", "", Set.of(EMPLOYEES)))));

        assertThat(titles("story", EMPLOYEE, "kolibri")).containsExactly("Kolibri");
        assertThat(titles("news", EMPLOYEE, "kolibri")).containsExactly("Kolibri i parken");
    }

    @Test
    void aCompleteFeedDropsWhatIsGoneAndAChangedFeedKeepsTheRest() {
        index.apply(
                "topic",
                SearchFeed.all(List.of(
                        document("1", "Psykiatri", "", Set.of(EMPLOYEES)),
                        document("2", "Psykisk hälsa", "", Set.of(EMPLOYEES)))));
        index.apply("topic", SearchFeed.changed(List.of(document("1", "Psykiatrin", "", Set.of(EMPLOYEES))), false));

        assertThat(titles("topic", EMPLOYEE, "psyk")).containsExactlyInAnyOrder("Psykiatrin", "Psykisk hälsa");

        index.apply("topic", SearchFeed.all(List.of(document("2", "Psykisk hälsa", "", Set.of(EMPLOYEES)))));
        assertThat(titles("topic", EMPLOYEE, "psyk")).containsExactly("Psykisk hälsa");
        assertThat(index.size("topic")).isEqualTo(1);
    }

    @Test
    void aDocumentThatLostItsReadersLeavesTheIndex() {
        String anna = SearchReaders.person(7);
        index.apply("consent", SearchFeed.all(List.of(document("5", "Bilder från jouren", "", Set.of(anna)))));
        index.apply("consent", SearchFeed.changed(List.of(document("5", "Bilder från jouren", "", Set.of())), false));

        assertThat(titles("consent", Set.of(anna), "jouren")).isEmpty();
        assertThat(index.size("consent")).isZero();
    }

    @Test
    void anUnchangedDocumentIsNotWrittenAgain() {
        List<SearchDocument> documents = List.of(document("1", "Kolibri", "", Set.of(EMPLOYEES)));

        assertThat(index.apply("story", SearchFeed.all(documents))).isEqualTo(1);
        assertThat(index.apply("story", SearchFeed.all(documents))).isZero();
    }

    @Test
    void hitsArePagedAndNeverDeeperThanTheWindow() {
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < SearchIndex.MAX_WINDOW + 30; i++) {
            many.add(document(String.valueOf(i), "Kolibri " + i, "", Set.of(EMPLOYEES)));
        }
        index.apply("story", SearchFeed.all(many));

        SearchResults second = index.search("story", EMPLOYEE, SearchQuery.of("kolibri"), SV, 20, 20);
        assertThat(second.total()).isEqualTo(SearchIndex.MAX_WINDOW + 30);
        assertThat(second.hits()).hasSize(20);
        assertThat(index.search("story", EMPLOYEE, SearchQuery.of("kolibri"), SV, SearchIndex.MAX_WINDOW - 5, 20)
                        .hits())
                .hasSize(5);
        assertThat(index.search("story", EMPLOYEE, SearchQuery.of("kolibri"), SV, SearchIndex.MAX_WINDOW, 20)
                        .hits())
                .isEmpty();
    }

    @Test
    void queryCharactersOfLuceneAreOnlySeparatorsBetweenWords() {
        index.apply("page", SearchFeed.all(List.of(document("1", "Mina samtycken", "", Set.of(EMPLOYEES)))));

        for (String typed : List.of("\"(*samtycken", "samtycken~2", "(samtycken) OR [*", "sam* \\ ^ {}:")) {
            assertThat(titles("page", EMPLOYEE, typed)).as(typed).containsExactly("Mina samtycken");
        }
    }

    @Test
    void textIsReturnedAsWrittenForThePageToEscape() {
        index.apply(
                "story",
                SearchFeed.all(List.of(document("1", "<script>alert(1)</script> kolibri", "", Set.of(EMPLOYEES)))));

        assertThat(titles("story", EMPLOYEE, "kolibri")).containsExactly("<script>alert(1)</script> kolibri");
    }

    @Test
    void aDanishReaderSeesTheInterfacesWordsInDanishAndTheOwnLanguagesTextWhereNobodyWroteDanish() {
        index.apply(
                "news",
                SearchFeed.all(List.of(new SearchDocument(
                        "1",
                        Text.same("Nya parkeringsregler"),
                        Text.swedish("Parkeringen vid akuten stängs."),
                        Text.worded(language -> switch (language.getLanguage()) {
                            case "da" -> "Offentliggjort 01.12.2026";
                            case "en" -> "Published 2026-12-01";
                            default -> "Publicerad 2026-12-01";
                        }),
                        "/news/item.xhtml?id=1",
                        EMPLOYEE))));

        List<SearchHit> danish = index.search("news", EMPLOYEE, SearchQuery.of("parkeringsregler"), DA, 0, 5)
                .hits();
        List<SearchHit> english = index.search(
                        "news", EMPLOYEE, SearchQuery.of("parkeringsregler"), Locale.ENGLISH, 0, 5)
                .hits();

        assertThat(danish).extracting(SearchHit::detail).containsExactly("Offentliggjort 01.12.2026");
        assertThat(danish)
                .extracting(SearchHit::title)
                .as("no Danish title: the own language's")
                .containsExactly("Nya parkeringsregler");
        assertThat(english).extracting(SearchHit::detail).containsExactly("Published 2026-12-01");
    }

    @Test
    void textFallsBackFromTheReadersLanguageToTheOwnLanguageThenEnglishThenDanish() {
        Text onlyEnglish = new Text(null, "Guideline");
        Text ownAndDanish = new Text("Riktlinje", null, "Retningslinje");

        assertThat(onlyEnglish.in(SV)).isEqualTo("Guideline");
        assertThat(onlyEnglish.in(DA)).isEqualTo("Guideline");
        assertThat(ownAndDanish.in(DA)).isEqualTo("Retningslinje");
        assertThat(ownAndDanish.in(Locale.ENGLISH)).isEqualTo("Riktlinje");
        assertThat(ownAndDanish.in(SV)).isEqualTo("Riktlinje");
        assertThat(new Text(null, null, "Kun dansk").in(SV)).isEqualTo("Kun dansk");
        assertThat(Text.NONE.in(DA)).isEmpty();
    }
}

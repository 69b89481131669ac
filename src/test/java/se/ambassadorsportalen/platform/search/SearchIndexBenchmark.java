package se.ambassadorsportalen.platform.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.search.SearchDocument.Text;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The header search at the large demo profile's volume: 20,000 stories (titles and texts made from
 * the large demo's templates, professions and towns), a consent request on a third of them, 1,500
 * ambassadors, 2,000 spokespeople, 500 topics, 200 news items and 30 policies in both languages;
 * about 31,000 documents. Prints the time to build the index and, for 5,000 searches of
 * common and rare words by an employee and a communicator (one kind per search, the overview's
 * five hits and the total, as the search page asks for each kind), p50/p95/p99 and the maximum.
 * The target is 100 ms for an answer, i.e. for all kinds of one search page together.
 * Run with {@code mvn test -Pbenchmark -Dtest=SearchIndexBenchmark}; not a timed test: it reports.
 */
class SearchIndexBenchmark {

    static final int STORIES = 20_000;
    static final int PEOPLE = 7_000;
    static final int WARM_UP = 500;
    static final int SEARCHES = 5_000;
    static final String[] PROFESSIONS = {
        "sjuksköterska", "undersköterska", "läkare", "barnmorska", "fysioterapeut", "arbetsterapeut",
        "kurator", "psykolog", "biomedicinsk analytiker", "tandläkare", "tandsköterska", "dietist",
        "specialistsjuksköterska", "överläkare", "ambulanssjuksköterska", "administratör", "vaktmästare", "kock"
    };
    static final String[] TOWNS = {"Lund", "Malmö", "Ystad", "Kristianstad", "Helsingborg", "Trelleborg", "Hässleholm"};
    static final String[] FIRST = {"Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Nils"};
    static final String[] LAST = {
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"
    };
    static final String[] TITLES = {
        "En dag som %s i %s",
        "Därför blev jag %s",
        "Mitt liv som %s i %s",
        "Vad gör en %s egentligen?",
        "Från student till %s",
        "Nattpass som %s i %s",
        "Det bästa med att vara %s"
    };
    static final String[] BODIES = {
        "Jag började här för några år sedan och har aldrig ångrat mig. Kollegorna gör skillnad varje dag.",
        "Ingen dag är den andra lik. Jag lär mig något nytt varje vecka och får ta ansvar tidigt.",
        "Det jag uppskattar mest är teamet: vi hjälps åt när det är tufft och firar när det går bra.",
        "Här får jag använda hela min utbildning, och jag får handleda nya kollegor.",
        "Jag pendlar en bit, men det är värt det för ett jobb som känns meningsfullt."
    };
    static final String[] QUERIES = {
        "sjuksköterskor",
        "sjuksköterska Lund",
        "nattpass",
        "undersköterska",
        "kollegor",
        "anders",
        "andersson",
        "psykiatri",
        "sociala medier",
        "policy",
        "ambulanssjuksköterskor",
        "zebrafinkar",
        "mitt liv som läkare",
        "barnmorskor i Ystad",
        "utbildning",
        "kur",
        "nurses",
        "guidelines social media"
    };

    @Test
    void buildsTheIndexAndAnswersSearchesAtTheLargeProfilesVolume() {
        Random random = new Random(42);
        String employees = SearchReaders.role(Role.EMPLOYEE);
        String communicators = SearchReaders.role(Role.COMMUNICATOR);
        String press = SearchReaders.role(Role.PRESS_OFFICER);
        List<SearchDocument> stories = new ArrayList<>();
        List<SearchDocument> consents = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            String profession = PROFESSIONS[random.nextInt(PROFESSIONS.length)];
            String title =
                    TITLES[random.nextInt(TITLES.length)].formatted(profession, TOWNS[random.nextInt(TOWNS.length)]);
            String body = BODIES[random.nextInt(BODIES.length)] + " " + BODIES[random.nextInt(BODIES.length)];
            Set<String> readers = new HashSet<>(List.of(
                    SearchReaders.person(random.nextInt(PEOPLE)), SearchReaders.person(random.nextInt(PEOPLE))));
            if (random.nextInt(10) < 6) {
                readers.add(communicators);
            }
            stories.add(new SearchDocument(
                    String.valueOf(i),
                    Text.same(title),
                    Text.swedish(body),
                    Text.same("Publicerad, " + name(random)),
                    "/story/view.xhtml?id=" + i,
                    readers));
            if (i % 3 == 0) {
                consents.add(new SearchDocument(
                        String.valueOf(i),
                        Text.same(title),
                        null,
                        Text.same("Samtycke givet"),
                        "/story/consents.xhtml",
                        Set.of(SearchReaders.person(random.nextInt(PEOPLE)))));
            }
        }
        List<SearchDocument> ambassadors = people(random, 1_500, Set.of(communicators, press));
        List<SearchDocument> spokespeople = people(random, 2_000, Set.of(communicators, press));
        List<SearchDocument> topics = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String name = (i % 3 == 0 ? "Psykiatri " : i % 3 == 1 ? "Vårdköer " : "Ambulans ") + i;
            topics.add(new SearchDocument(
                    String.valueOf(i),
                    Text.same(name),
                    Text.same("synonym" + i),
                    Text.same("HS"),
                    "/press/lookup.xhtml",
                    Set.of(communicators, press)));
        }
        List<SearchDocument> news = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            news.add(new SearchDocument(
                    String.valueOf(i),
                    Text.same("Nyhet " + i + " om " + PROFESSIONS[i % PROFESSIONS.length]),
                    Text.swedish(BODIES[i % BODIES.length]),
                    Text.same("Publicerad"),
                    "/news/item.xhtml?id=" + i,
                    Set.of(i % 2 == 0 ? employees : SearchReaders.unit(i % 40))));
        }
        List<SearchDocument> policies = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            policies.add(new SearchDocument(
                    String.valueOf(i),
                    new Text("Riktlinje " + i + " för sociala medier", "Guideline " + i + " for social media"),
                    new Text(String.join(" ", BODIES).repeat(20), "How we write for nurses and doctors. ".repeat(60)),
                    Text.same("Riktlinje"),
                    "/policy/document.xhtml?id=" + i,
                    Set.of(employees, communicators, press)));
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SearchIndex index = new SearchIndex()) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            index.apply("story", SearchFeed.all(stories));
            index.apply("consent", SearchFeed.all(consents));
            index.apply("ambassador", SearchFeed.all(ambassadors));
            index.apply("spokesperson", SearchFeed.all(spokespeople));
            index.apply("topic", SearchFeed.all(topics));
            index.apply("news", SearchFeed.all(news));
            index.apply("policy", SearchFeed.all(policies));
            double buildMs = (System.nanoTime() - start) / 1e6;
            double buildCpuMs = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            int documents = stories.size()
                    + consents.size()
                    + ambassadors.size()
                    + spokespeople.size()
                    + topics.size()
                    + news.size()
                    + policies.size();

            String[] kinds = {"story", "consent", "ambassador", "spokesperson", "topic", "news", "policy"};
            double[] times = new double[SEARCHES];
            double[] cpu = new double[SEARCHES];
            long totalHits = 0;
            for (int i = 0; i < WARM_UP + SEARCHES; i++) {
                String words = QUERIES[random.nextInt(QUERIES.length)];
                boolean communicator = random.nextBoolean();
                Set<String> keys = communicator
                        ? Set.of(communicators, employees, SearchReaders.person(random.nextInt(PEOPLE)))
                        : Set.of(
                                employees,
                                SearchReaders.person(random.nextInt(PEOPLE)),
                                SearchReaders.unit(random.nextInt(40)));
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                // one search page: every kind, five hits and the total each, in one call as PortalSearch asks
                List<SearchIndex.Asked> asked = Arrays.stream(kinds)
                        .map(kind -> new SearchIndex.Asked(kind, keys))
                        .toList();
                for (SearchResults results : index.search(
                        asked,
                        SearchQuery.of(words),
                        SearchIndex.SWEDISH_AND_ENGLISH,
                        Locale.forLanguageTag("sv"),
                        0,
                        5)) {
                    totalHits += results.total();
                }
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = (System.nanoTime() - t) / 1e6;
                    cpu[i - WARM_UP] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                }
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            // wall time says what a user waits on this machine now; CPU time what the search costs, whatever else runs
            System.out.printf(
                    Locale.ROOT,
                    "SearchIndexBenchmark: %d documents indexed in %.0f ms (%.0f ms CPU, %d MB); %d search pages"
                            + " (7 kinds each, %d hits counted): wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " CPU p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    documents,
                    buildMs,
                    buildCpuMs,
                    index.sizeInBytes() / 1_000_000,
                    SEARCHES,
                    totalHits,
                    times[SEARCHES / 2],
                    times[(int) (SEARCHES * 0.95)],
                    times[(int) (SEARCHES * 0.99)],
                    times[SEARCHES - 1],
                    cpu[SEARCHES / 2],
                    cpu[(int) (SEARCHES * 0.95)],
                    cpu[(int) (SEARCHES * 0.99)],
                    cpu[SEARCHES - 1]);
        }
    }

    private static String name(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static List<SearchDocument> people(Random random, int count, Set<String> readers) {
        List<SearchDocument> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new SearchDocument(
                    String.valueOf(i),
                    Text.same(name(random)),
                    Text.same(PROFESSIONS[random.nextInt(PROFESSIONS.length)]),
                    Text.same("Aktiv"),
                    "/ambassador/directory/directory.xhtml",
                    readers));
        }
        return people;
    }
}

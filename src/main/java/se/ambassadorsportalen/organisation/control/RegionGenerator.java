package se.ambassadorsportalen.organisation.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * A plausible region's organisation below the demo's five administrations: each administration gets
 * areas ("områden") led by an area chief, each area units of 8–30 people led by a unit manager from
 * their own staff, every person with a Swedish name, a profession that fits the administration and
 * a town. Deterministic (fixed seed), so every machine gets the same region and tests can count.
 * Generated unit codes carry {@link #CODE_MARK}, which no hand-written demo unit has.
 */
public final class RegionGenerator {

    /** In every generated unit code, and in no unit code of the small demo. */
    public static final String CODE_MARK = "-G";

    public record GeneratedUnit(String code, String name, String parentCode) {}

    /** A generated employee; {@code manages} is the code of the unit they lead, or null. */
    public record GeneratedPerson(
            String username,
            String firstName,
            String lastName,
            String unitCode,
            String profession,
            String town,
            String title,
            Set<Role> roles,
            String manages) {}

    public record Region(List<GeneratedUnit> units, List<GeneratedPerson> people) {}

    private record Administration(
            String code, double share, List<String> areas, List<String> unitKinds, List<String> professions) {}

    private static final List<Administration> ADMINISTRATIONS = List.of(
            new Administration(
                    "HSF",
                    0.62,
                    List.of(
                            "Medicin",
                            "Kirurgi",
                            "Primärvård",
                            "Psykiatri",
                            "Kvinna och barn",
                            "Diagnostik",
                            "Akut och prehospital vård",
                            "Rehabilitering",
                            "Ortopedi",
                            "Hjärta och lungor"),
                    List.of("Vårdavdelning", "Mottagning", "Vårdcentral", "Dagvård", "Akutteam", "Rehabenhet"),
                    List.of(
                            "Sjuksköterska",
                            "Sjuksköterska",
                            "Sjuksköterska",
                            "Undersköterska",
                            "Undersköterska",
                            "Undersköterska",
                            "Läkare",
                            "Läkare",
                            "Fysioterapeut",
                            "Arbetsterapeut",
                            "Medicinsk sekreterare",
                            "Kurator",
                            "Psykolog",
                            "Biomedicinsk analytiker",
                            "Barnmorska",
                            "Dietist")),
            new Administration(
                    "FTV",
                    0.10,
                    List.of("Allmäntandvård", "Specialisttandvård", "Barntandvård"),
                    List.of("Folktandvården", "Tandvårdsklinik"),
                    List.of("Tandläkare", "Tandsköterska", "Tandsköterska", "Tandhygienist", "Receptionist")),
            new Administration(
                    "KTF",
                    0.08,
                    List.of("Trafik", "Kundservice", "Fordon och depåer"),
                    List.of("Trafikenhet", "Kundcenter", "Depå"),
                    List.of("Trafikplanerare", "Kundtjänstmedarbetare", "Trafikledare", "Fordonstekniker")),
            new Administration(
                    "RUF",
                    0.06,
                    List.of("Kultur", "Folkhögskolor", "Näringsliv"),
                    List.of("Bibliotek", "Folkhögskola", "Utvecklingsenhet"),
                    List.of("Bibliotekarie", "Kulturutvecklare", "Lärare", "Utvecklingsledare")),
            new Administration(
                    "RLF",
                    0.14,
                    List.of("Ekonomi", "HR", "IT", "Kommunikation", "Fastigheter"),
                    List.of("Stab", "Servicecenter", "Enhet"),
                    List.of(
                            "Ekonom",
                            "HR-specialist",
                            "IT-tekniker",
                            "Kommunikatör",
                            "Jurist",
                            "Handläggare",
                            "Fastighetstekniker")));

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Maria", "Karin", "Sara", "Emma", "Elin", "Johanna", "Lena", "Kerstin", "Ida", "Malin", "Linda",
            "Hanna", "Sofia", "Jenny", "Helena", "Camilla", "Frida", "Moa", "Alva", "Amira", "Fatima", "Leyla", "Noor",
            "Ebba", "Greta", "Agnes", "Ylva", "Åsa", "Märta", "Erik", "Lars", "Karl", "Anders", "Johan", "Per",
            "Mikael", "Nils", "Jonas", "Peter", "Fredrik", "Daniel", "Magnus", "Oskar", "Viktor", "Gustav", "Emil",
            "Axel", "Hugo", "Olle", "Ali", "Omar", "Ahmed", "Yusuf", "Mehmet", "Tomas", "Björn", "Stefan", "Göran",
            "Åke");

    private static final List<String> LAST_NAMES = List.of(
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Pettersson",
            "Jonsson",
            "Jansson",
            "Hansson",
            "Bengtsson",
            "Lindberg",
            "Lindqvist",
            "Lindström",
            "Berg",
            "Bergström",
            "Sandberg",
            "Forsberg",
            "Sjöberg",
            "Wallin",
            "Engström",
            "Holm",
            "Lundgren",
            "Nyström",
            "Åberg",
            "Öberg",
            "Ek",
            "Falk",
            "Hedlund",
            "Björk",
            "Mohammed",
            "Ali",
            "Hassan",
            "Yilmaz",
            "Nguyen",
            "Korhonen",
            "Virtanen",
            "Nieminen",
            "Sundqvist",
            "Hägglund",
            "Lundmark",
            "Öhman",
            "Strand",
            "Dahl",
            "Blom",
            "Viklund");

    private static final List<String> TOWNS = List.of(
            "Älvstad",
            "Älvstad",
            "Älvstad",
            "Sjövik",
            "Norrby",
            "Bergsjö",
            "Åby",
            "Lillfors",
            "Storvallen",
            "Tallberga");

    private RegionGenerator() {}

    /** {@code employees} people in generated areas and units below the administrations HSF, FTV, KTF, RUF, RLF. */
    public static Region generate(int employees, long seed) {
        Random random = new Random(seed);
        List<GeneratedUnit> units = new ArrayList<>();
        List<GeneratedPerson> people = new ArrayList<>();
        Map<String, Integer> usernames = new HashMap<>();
        int left = employees;
        for (int a = 0; a < ADMINISTRATIONS.size(); a++) {
            Administration administration = ADMINISTRATIONS.get(a);
            int share = a == ADMINISTRATIONS.size() - 1
                    ? left
                    : Math.min(left, (int) Math.round(employees * administration.share()));
            left -= share;
            if (share == 0) {
                continue;
            }
            int areas = Math.min(administration.areas().size(), Math.max(1, Math.round(share / 150f)));
            List<String> areaCodes = new ArrayList<>();
            for (int i = 0; i < areas; i++) {
                String code = administration.code() + CODE_MARK + (i + 1);
                units.add(new GeneratedUnit(
                        code, "Område " + administration.areas().get(i), administration.code()));
                areaCodes.add(code);
                String town = TOWNS.get(0);
                people.add(person(random, usernames, code, "Verksamhetschef", town, "Områdeschef", code));
            }
            int staff = share - areas;
            int unitNumber = 0;
            while (staff > 0) {
                int size = Math.min(staff, 8 + random.nextInt(23));
                if (staff - size < 8) {
                    size = staff; // a last unit of a handful would not be plausible: it joins the one before
                }
                staff -= size;
                String areaCode = areaCodes.get(unitNumber % areas);
                unitNumber++;
                String code = areaCode + "-" + unitNumber;
                String town = TOWNS.get(random.nextInt(TOWNS.size()));
                String kind = administration
                        .unitKinds()
                        .get(random.nextInt(administration.unitKinds().size()));
                units.add(new GeneratedUnit(code, kind + " " + town + " " + unitNumber, areaCode));
                people.add(person(random, usernames, code, "Enhetschef", town, "Enhetschef", code));
                for (int i = 1; i < size; i++) {
                    String profession = administration
                            .professions()
                            .get(random.nextInt(administration.professions().size()));
                    people.add(person(random, usernames, code, profession, town, "", null));
                }
            }
        }
        return new Region(List.copyOf(units), List.copyOf(people));
    }

    private static GeneratedPerson person(
            Random random,
            Map<String, Integer> usernames,
            String unitCode,
            String profession,
            String town,
            String title,
            String manages) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String base = ascii(first) + "." + ascii(last);
        int seen = usernames.merge(base, 1, Integer::sum);
        String username = seen == 1 ? base : base + seen;
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (manages != null) {
            roles.add(Role.MANAGER);
        }
        switch (profession) {
            case "HR-specialist" -> roles.add(Role.HR);
            case "Kommunikatör" -> roles.add(random.nextInt(4) == 0 ? Role.PRESS_OFFICER : Role.COMMUNICATOR);
            default -> {
                // other professions have no role beyond their employment
            }
        }
        return new GeneratedPerson(
                username, first, last, unitCode, profession, town, title, new LinkedHashSet<>(roles), manages);
    }

    /** A name as it can stand in a username: lower case, without diacritics (å → a, ö → o). */
    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }
}

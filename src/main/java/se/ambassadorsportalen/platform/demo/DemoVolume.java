package se.ambassadorsportalen.platform.demo;

/**
 * How many rows of each kind the large demo profile generates, on top of the small demo. The
 * large profile is a region of 7,000 employees; {@link #scaled(double)} gives the same shape at
 * any size, so a unit test can generate a tiny region and check exact counts in milliseconds.
 *
 * @param employees     generated employees (each with an account)
 * @param ambassadors   generated ambassadors, drawn from the generated employees
 * @param stories       generated staff stories
 * @param spokespeople  generated spokespeople, drawn from the generated employees
 * @param topics        generated press topics
 * @param inquiries     generated media inquiries
 * @param answers       survey answers over all generated rounds
 * @param rounds        generated survey rounds
 */
public record DemoVolume(
        int employees,
        int ambassadors,
        int stories,
        int spokespeople,
        int topics,
        int inquiries,
        long answers,
        int rounds) {

    public static final DemoVolume LARGE = new DemoVolume(7_000, 1_500, 20_000, 2_000, 500, 50_000, 1_000_000, 5);

    public DemoVolume {
        if (employees < 1 || ambassadors > employees || spokespeople > employees || rounds < 1 || topics < 1) {
            throw new IllegalArgumentException("A demo volume needs employees for its ambassadors and spokespeople,"
                    + " a topic and a round: " + employees + ", " + ambassadors + ", " + spokespeople);
        }
    }

    /** The large profile's shape at {@code factor} of its size (at least one of each). */
    public static DemoVolume scaled(double factor) {
        return new DemoVolume(
                atLeastOne(LARGE.employees * factor),
                atLeastOne(LARGE.ambassadors * factor),
                atLeastOne(LARGE.stories * factor),
                atLeastOne(LARGE.spokespeople * factor),
                atLeastOne(LARGE.topics * factor),
                atLeastOne(LARGE.inquiries * factor),
                Math.max(LARGE.rounds, Math.round(LARGE.answers * factor)),
                LARGE.rounds);
    }

    private static int atLeastOne(double value) {
        return (int) Math.max(1, Math.round(value));
    }
}

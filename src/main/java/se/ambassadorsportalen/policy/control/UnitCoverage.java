package se.ambassadorsportalen.policy.control;

/**
 * How many of a unit's staff have acknowledged the current version of a document. The share is
 * rounded down, so a unit shows 100 % only when everyone has acknowledged.
 */
public record UnitCoverage(long unitId, String unitCode, String unitName, long acknowledged, long total) {

    public UnitCoverage {
        if (acknowledged < 0 || total < 0 || acknowledged > total) {
            throw new IllegalArgumentException("acknowledged " + acknowledged + " of " + total);
        }
    }

    /** Whole per cent, rounded down; 0 for a unit without staff. */
    public int share() {
        return total == 0 ? 0 : (int) (acknowledged * 100 / total);
    }

    public long missing() {
        return total - acknowledged;
    }

    /** The sum over several units. */
    public static UnitCoverage total(long id, String code, String name, Iterable<UnitCoverage> rows) {
        long acknowledged = 0;
        long total = 0;
        for (UnitCoverage row : rows) {
            acknowledged += row.acknowledged;
            total += row.total;
        }
        return new UnitCoverage(id, code, name, acknowledged, total);
    }
}

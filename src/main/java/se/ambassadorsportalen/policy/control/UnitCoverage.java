package se.ambassadorsportalen.policy.control;

import java.io.Serializable;

/**
 * How many of a unit's staff have acknowledged the current version of a document. The share is
 * rounded to the nearest whole per cent (1 of 6 is 17 %, not 16 %), except that a unit shows
 * 100 % only when everyone has acknowledged and 0 % only when nobody has.
 */
public record UnitCoverage(long unitId, String unitCode, String unitName, long acknowledged, long total)
        implements Serializable {

    public UnitCoverage {
        if (acknowledged < 0 || total < 0 || acknowledged > total) {
            throw new IllegalArgumentException("acknowledged " + acknowledged + " of " + total);
        }
    }

    /** Whole per cent, rounded half up but never to 100 or 0 before it is so; 0 for a unit without staff. */
    public int share() {
        if (total == 0) {
            return 0;
        }
        int rounded = (int) ((acknowledged * 200 + total) / (2 * total));
        if (acknowledged < total && rounded == 100) {
            return 99;
        }
        return acknowledged > 0 && rounded == 0 ? 1 : rounded;
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

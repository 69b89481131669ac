package se.ambassadorsportalen.platform.tabular;

/**
 * How far an import has come, so that a long import can show its progress. The thread that reads
 * the file writes it as it goes: the bytes read of how many (for a CSV the file, for a workbook the
 * XML of its first sheet, unpacked) and the rows read; the page that polls it only reads. One writer
 * and volatile fields, so no locks. The share is the share of bytes really read, never an estimate
 * from time.
 */
public class ImportProgress {

    /** Waiting to start, reading and checking the rows, storing the counts, finished (whatever the outcome). */
    public enum Phase {
        WAITING,
        READING,
        STORING,
        FINISHED
    }

    private volatile Phase phase = Phase.WAITING;
    private volatile long bytesRead;
    private volatile long bytesTotal;
    private volatile long rows;

    /** The reader has come this far. */
    public void reading(long read, long total, long rowsRead) {
        bytesTotal = total;
        bytesRead = Math.min(read, total);
        rows = rowsRead;
        phase = Phase.READING;
    }

    /** Every row is read and good; the counts are being written. */
    public void storing() {
        bytesRead = bytesTotal;
        phase = Phase.STORING;
    }

    public void finished() {
        phase = Phase.FINISHED;
    }

    public Phase phase() {
        return phase;
    }

    public long rows() {
        return rows;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long bytesTotal() {
        return bytesTotal;
    }

    /** Whole per cent of the bytes read (100 once finished, also when the file was refused early). */
    public int percent() {
        if (phase == Phase.FINISHED) {
            return 100;
        }
        long total = bytesTotal;
        return total <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / total);
    }
}

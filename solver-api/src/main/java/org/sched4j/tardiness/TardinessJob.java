package org.sched4j.tardiness;

/**
 * One job of a single-machine tardiness instance. All times are in the instance's integer time unit.
 *
 * @param processingTime the uninterrupted time the job occupies the machine, at least 1
 * @param dueDate        the time by which the job should be finished; finishing later makes it tardy (a negative due
 *                       date, as some published sets hold, makes the job tardy wherever it goes)
 * @param weight         the cost of one unit of tardiness, at least 0 (1 for the unweighted problem 1||ΣT)
 * @param releaseDate    the earliest start, at least 0 (0 when the instance has no release dates)
 */
public record TardinessJob(int processingTime, int dueDate, int weight, int releaseDate) {

    public TardinessJob {
        if (processingTime < 1) {
            throw new IllegalArgumentException("processingTime must be at least 1, got " + processingTime);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight must be at least 0, got " + weight);
        }
        if (releaseDate < 0) {
            throw new IllegalArgumentException("releaseDate must be at least 0, got " + releaseDate);
        }
    }

    /** A job of weight 1 available at time 0. */
    public static TardinessJob of(int processingTime, int dueDate) {
        return new TardinessJob(processingTime, dueDate, 1, 0);
    }

    /** A weighted job available at time 0. */
    public static TardinessJob weighted(int processingTime, int dueDate, int weight) {
        return new TardinessJob(processingTime, dueDate, weight, 0);
    }
}

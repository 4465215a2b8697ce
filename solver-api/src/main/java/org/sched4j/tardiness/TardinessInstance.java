package org.sched4j.tardiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A single-machine (weighted) tardiness instance, 1|r_j|Σw_jT_j in the three-field notation: jobs with processing
 * times, due dates, weights (default 1) and release dates (default 0), sequenced on one machine that does one job at
 * a time without preemption. Minimise the total weighted tardiness Σ w_j max(0, C_j − d_j).
 *
 * @param name the instance's name ({@code wt40#1})
 * @param jobs the jobs, numbered from 0 in this order; at least one
 */
public record TardinessInstance(String name, List<TardinessJob> jobs) {

    public TardinessInstance {
        Objects.requireNonNull(name, "name");
        jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("an instance needs at least one job");
        }
        long total = jobs.stream().mapToLong(TardinessJob::processingTime).sum()
                + jobs.stream().mapToLong(TardinessJob::releaseDate).max().orElse(0);
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the total processing time plus the latest release date must fit in an"
                    + " int, got " + total);
        }
    }

    /**
     * An unweighted instance without release dates, from parallel arrays.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold invalid values
     */
    public static TardinessInstance of(String name, int[] processingTimes, int[] dueDates) {
        int[] ones = new int[processingTimes.length];
        Arrays.fill(ones, 1);
        return of(name, processingTimes, dueDates, ones, new int[processingTimes.length]);
    }

    /**
     * An instance from parallel arrays, one entry per job.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold invalid values
     */
    public static TardinessInstance of(String name, int[] processingTimes, int[] dueDates, int[] weights,
                                       int[] releaseDates) {
        int n = processingTimes.length;
        if (dueDates.length != n || weights.length != n || releaseDates.length != n) {
            throw new IllegalArgumentException("expected " + n + " due dates, weights and release dates, got "
                    + dueDates.length + ", " + weights.length + " and " + releaseDates.length);
        }
        List<TardinessJob> jobs = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            jobs.add(new TardinessJob(processingTimes[j], dueDates[j], weights[j], releaseDates[j]));
        }
        return new TardinessInstance(name, jobs);
    }

    /** The number of jobs. */
    public int jobCount() {
        return jobs.size();
    }

    /** Job {@code index}, from 0. */
    public TardinessJob job(int index) {
        return jobs.get(index);
    }

    /** The processing times by job, a fresh array. */
    public int[] processingTimes() {
        return jobs.stream().mapToInt(TardinessJob::processingTime).toArray();
    }

    /** The due dates by job, a fresh array. */
    public int[] dueDates() {
        return jobs.stream().mapToInt(TardinessJob::dueDate).toArray();
    }

    /** The weights by job, a fresh array. */
    public int[] weights() {
        return jobs.stream().mapToInt(TardinessJob::weight).toArray();
    }

    /** The release dates by job, a fresh array. */
    public int[] releaseDates() {
        return jobs.stream().mapToInt(TardinessJob::releaseDate).toArray();
    }

    /** The total processing time P = Σ p_j. */
    public int totalProcessingTime() {
        return jobs.stream().mapToInt(TardinessJob::processingTime).sum();
    }

    /** Whether every weight is 1 (the problem is 1||ΣT_j when there are no release dates either). */
    public boolean isUnweighted() {
        return jobs.stream().allMatch(job -> job.weight() == 1);
    }

    /** Whether some job has a release date after 0. */
    public boolean hasReleaseDates() {
        return jobs.stream().anyMatch(job -> job.releaseDate() > 0);
    }
}

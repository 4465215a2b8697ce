package org.sched4j.heuristics.tardiness;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

/**
 * The static sorting rules: each sorts the jobs once by a key, ties by the job number. O(n log n).
 */
public enum SortingRule implements SequencingRule {

    /** Earliest due date (Jackson 1955), ties by the job number, as Çetinkaya et al. 2025 sort. */
    EDD("edd", "earliest due date first (Jackson 1955), ties by job number",
            Comparator.comparingInt(TardinessJob::dueDate)),
    /** Shortest processing time (Smith 1956), ties by the earlier due date. */
    SPT("spt", "shortest processing time first (Smith 1956), ties by earlier due date",
            Comparator.comparingInt(TardinessJob::processingTime).thenComparingInt(TardinessJob::dueDate)),
    /** Weighted shortest processing time (Smith 1956): smallest p/w first, ties by the earlier due date. */
    WSPT("wspt", "weighted shortest processing time p/w first (Smith 1956), ties by earlier due date",
            Comparator.comparingDouble(SortingRule::ratio).thenComparingInt(TardinessJob::dueDate));

    private final String id;
    private final String description;
    private final Comparator<TardinessJob> order;

    SortingRule(String id, String description, Comparator<TardinessJob> order) {
        this.id = id;
        this.description = description;
        this.order = order;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int[] sequence(TardinessInstance instance, SolveOptions options) {
        Comparator<Integer> byJob = Comparator.comparing(instance::job, order);
        return IntStream.range(0, instance.jobCount()).boxed().sorted(byJob.thenComparing(Comparator.naturalOrder()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The jobs by due date, ties by the shorter processing time, then the job number. */
    static int[] dueDateThenProcessingTime(TardinessInstance instance) {
        Comparator<Integer> byJob = Comparator.comparing(instance::job,
                Comparator.comparingInt(TardinessJob::dueDate).thenComparingInt(TardinessJob::processingTime));
        return IntStream.range(0, instance.jobCount()).boxed().sorted(byJob.thenComparing(Comparator.naturalOrder()))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double ratio(TardinessJob job) {
        return job.weight() == 0 ? Double.POSITIVE_INFINITY : (double) job.processingTime() / job.weight();
    }
}

package org.sched4j.tardiness;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a job sequence and computes its total weighted tardiness Σ w_j max(0, C_j − d_j), independently of every
 * solver.
 *
 * <p>Checks that the sequence is a permutation of the jobs (each job exactly once, no unknown job). Each job starts
 * at the later of its release date and the completion of its predecessor, so release dates are respected by idle
 * time. Runs in O(n).
 */
public final class TardinessEvaluator implements Evaluator<TardinessInstance, JobSequence> {

    @Override
    public Evaluation evaluate(TardinessInstance instance, JobSequence sequence) {
        List<String> violations = new ArrayList<>();
        int n = instance.jobCount();
        if (sequence.size() != n) {
            violations.add("the sequence has " + sequence.size() + " jobs but the instance has " + n);
        }
        int[] seen = new int[n];
        for (int position = 0; position < sequence.size(); position++) {
            int job = sequence.jobs().get(position);
            if (job < 0 || job >= n) {
                violations.add("position " + position + " holds job " + job + ", not a job of the instance (0 to "
                        + (n - 1) + ")");
            } else if (++seen[job] == 2) {
                violations.add("job " + job + " appears more than once (again at position " + position + ")");
            }
        }
        for (int job = 0; job < n && sequence.size() == n; job++) {
            if (seen[job] == 0) {
                violations.add("job " + job + " is missing from the sequence");
            }
        }
        if (!violations.isEmpty()) {
            return new Evaluation(violations, Double.NaN);
        }
        return Evaluation.feasible(totalWeightedTardiness(instance, sequence.toArray()));
    }

    /**
     * The total weighted tardiness of {@code order}, a permutation of the jobs (not checked), each job starting at
     * the later of its release date and its predecessor's completion.
     */
    public static long totalWeightedTardiness(TardinessInstance instance, int[] order) {
        long time = 0;
        long total = 0;
        for (int job : order) {
            TardinessJob data = instance.job(job);
            time = Math.max(time, data.releaseDate()) + data.processingTime();
            total += (long) data.weight() * Math.max(0, time - data.dueDate());
        }
        return total;
    }
}

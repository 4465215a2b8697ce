package org.sched4j.heuristics.tardiness;

import org.sched4j.api.SolveOptions;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessJob;

/**
 * The dynamic dispatching rules, whose priorities depend on the decision time t (see {@link PriorityDispatch}):
 * the least value is scheduled next, candidates in EDD order so that ties go to the earlier due date.
 */
public enum DynamicRule implements SequencingRule {

    /** Modified due date (Baker &amp; Bertrand 1982): least max(d_j, t + p_j). Weights are ignored. */
    MDD("mdd", "modified due date max(d, t + p) (Baker & Bertrand 1982)") {
        @Override
        double priority(TardinessJob job, long time, PriorityDispatch.Pending pending, double k) {
            return Math.max(job.dueDate(), time + job.processingTime());
        }
    },
    /**
     * MDD Challenger (Çetinkaya et al. 2025), as the paper's code defines it: μ = max(1.1·p_j + t, d_j);
     * ρ = min(p_j / (t + max p of the unscheduled), 1); μ ← μ·(1 + ρ²/(1 + ρ²)); μ ← μ + p_j / (t + mean p of the
     * unscheduled). Weights are ignored.
     */
    MDDC("mddc", "MDD Challenger, an LLM-discovered modified due date (Cetinkaya et al. 2025)") {
        @Override
        double priority(TardinessJob job, long time, PriorityDispatch.Pending pending, double k) {
            double p = job.processingTime();
            double mu = Math.max(1.1 * p + time, job.dueDate());
            double rho = Math.min(p / (time + pending.maxProcessingTime()), 1.0);
            mu *= 1 + rho * rho / (1 + rho * rho);
            return mu + p / (time + pending.meanProcessingTime());
        }
    },
    /**
     * Apparent tardiness cost (Vepsalainen &amp; Morton 1987): greatest (w_j/p_j)·exp(−max(0, d_j − p_j − t)/(k·p̄)),
     * p̄ the mean processing time of the unscheduled jobs; k is the engine parameter {@value #K_PARAMETER}
     * (default 2).
     */
    ATC("atc", "apparent tardiness cost, parameter atc.k (Vepsalainen & Morton 1987)") {
        @Override
        double priority(TardinessJob job, long time, PriorityDispatch.Pending pending, double k) {
            double slack = Math.max(0, job.dueDate() - job.processingTime() - time);
            return -(double) job.weight() / job.processingTime()
                    * Math.exp(-slack / (k * pending.meanProcessingTime()));
        }
    };

    /** The engine parameter of ATC's look-ahead k. */
    public static final String K_PARAMETER = "atc.k";

    private final String id;
    private final String description;

    DynamicRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * @throws IllegalArgumentException when {@value #K_PARAMETER} is not a positive number
     */
    @Override
    public int[] sequence(TardinessInstance instance, SolveOptions options) {
        double k = lookAhead(options);
        return PriorityDispatch.sequence(instance, (job, time, pending) ->
                priority(instance.job(job), time, pending, k));
    }

    abstract double priority(TardinessJob job, long time, PriorityDispatch.Pending pending, double k);

    private static double lookAhead(SolveOptions options) {
        String text = options.parameter(K_PARAMETER, "2");
        try {
            double k = Double.parseDouble(text);
            if (k > 0 && Double.isFinite(k)) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(K_PARAMETER + " must be a positive number, got '" + text + "'");
    }
}

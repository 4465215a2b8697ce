package org.sched4j.cpmodels.podpacking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * The best plan so far of a pod-packing search, judged by the evaluator alone: a candidate replaces it only when the
 * evaluator finds no violation in it and its objective is at least as good by {@link PodPackingObjective#compareTo}
 * (the tiers, then the soft penalty, then the GPU fragmentation). A start with violations is kept only until the
 * first valid candidate. A candidate worse than a valid incumbent is dropped without checking its rules; the others
 * the evaluator rejects are counted: those whose GPU requests its packing search
 * cannot pack on some node, and the others (a defect of the model that produced them).
 */
final class PodPackingIncumbent {

    private final PodPackingInstance problem;
    private final Deadline deadline;
    private PodPlacement plan;
    private PodPackingObjective objective;
    private boolean valid;
    private Duration foundAt;
    private int rejectedGpuPackings;
    private int rejectedOther;

    PodPackingIncumbent(PodPackingInstance problem, PodPlacement start, Deadline deadline) {
        this(problem, start, null, deadline);
    }

    /**
     * @param startObjective the objective of {@code start} when the caller knows it to be valid; null to evaluate it
     */
    PodPackingIncumbent(PodPackingInstance problem, PodPlacement start, PodPackingObjective startObjective,
                        Deadline deadline) {
        this.problem = problem;
        this.deadline = deadline;
        this.plan = start;
        this.objective = startObjective != null ? startObjective : PodPackingEvaluator.objective(problem, start);
        this.valid = startObjective != null || PodPackingProblem.TYPE.evaluate(problem, start).isFeasible();
        this.foundAt = deadline.elapsed();
    }

    /**
     * Offers {@code candidate}; tells {@code listener} when it is strictly better (or the first valid plan).
     *
     * @return whether the candidate became the incumbent
     */
    boolean offer(PodPlacement candidate, SolutionListener<PodPlacement> listener) {
        PodPackingObjective candidateObjective = PodPackingEvaluator.objective(problem, candidate);
        int comparison = valid ? candidateObjective.compareTo(objective) : -1;
        if (comparison > 0) {
            return false;
        }
        if (!PodPackingProblem.TYPE.evaluate(problem, candidate).isFeasible()) {
            if (hasUnpackableGpus(candidate)) {
                rejectedGpuPackings++;
            } else {
                rejectedOther++;
            }
            return false;
        }
        plan = candidate;
        objective = candidateObjective;
        valid = true;
        if (comparison < 0) {
            foundAt = deadline.elapsed();
            listener.onImprovingSolution(candidate, candidateObjective.scalar(), Double.NaN, foundAt);
        }
        return true;
    }

    private boolean hasUnpackableGpus(PodPlacement candidate) {
        List<List<GpuRequest>> requests = new ArrayList<>();
        for (int n = 0; n < problem.nodeCount(); n++) {
            requests.add(new ArrayList<>());
        }
        for (int p = 0; p < problem.podCount(); p++) {
            Pod pod = problem.pods().get(p);
            if (candidate.nodeOf(p) != Pod.PENDING && pod.gpu().any()) {
                requests.get(candidate.nodeOf(p)).add(pod.gpu());
            }
        }
        for (int n = 0; n < problem.nodeCount(); n++) {
            if (!requests.get(n).isEmpty()
                    && GpuPacking.freeMilli(problem.nodes().get(n).gpus(), requests.get(n)) == null) {
                return true;
            }
        }
        return false;
    }

    PodPlacement plan() {
        return plan;
    }

    PodPackingObjective objective() {
        return objective;
    }

    /** Whether the incumbent has no violation. */
    boolean isValid() {
        return valid;
    }

    Duration foundAt() {
        return foundAt;
    }

    /** Candidates rejected because the evaluator's GPU packing search found no packing of some node. */
    int rejectedGpuPackings() {
        return rejectedGpuPackings;
    }

    /** Candidates rejected for another violation. */
    int rejectedOther() {
        return rejectedOther;
    }
}

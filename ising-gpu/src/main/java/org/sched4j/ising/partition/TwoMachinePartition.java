package org.sched4j.ising.partition;

import java.util.Arrays;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.IsingModel;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;

/**
 * Two identical machines, minimise the makespan (P2||Cmax, number partitioning) as an Ising problem (Lucas, "Ising
 * formulations of many NP problems", Front. Phys. 2, 2014, section 2.1). With spin {@code s_i = +1} for a job on
 * machine 1, the load difference is {@code Σ p_i s_i}, and minimising its square, {@code Σ p_i² + 2 Σ_{i<j} p_i p_j
 * s_i s_j}, is the Ising model {@code J_ij = −p_i p_j}: max-cut on the complete graph with weights {@code p_i p_j},
 * whose cut weight is the product of the two loads. The reduction is exact: a maximum cut is an optimal schedule, of
 * makespan {@code (P + |L_1 − L_2|) / 2}.
 */
public final class TwoMachinePartition {

    /** The largest processing time whose products {@code p_i p_j} still fit the graph's integer weights. */
    public static final int MAXIMUM_PROCESSING_TIME = 46_340;

    private TwoMachinePartition() {
    }

    /**
     * An assignment of jobs to the two machines and its makespan.
     *
     * @param onFirstMachine whether job {@code i} runs on machine 1 (the record keeps the array; do not modify it)
     * @param makespan       the larger of the two loads
     */
    public record Schedule(boolean[] onFirstMachine, long makespan) {
    }

    /**
     * The max-cut instance of the jobs {@code processingTimes}: complete graph, weight {@code p_i p_j}.
     *
     * @throws IllegalArgumentException for fewer than two jobs or a time outside {@code 1 ..} {@value
     *                                  #MAXIMUM_PROCESSING_TIME}
     */
    public static MaxCutInstance toMaxCut(String name, int[] processingTimes) {
        int n = processingTimes.length;
        if (n < 2) {
            throw new IllegalArgumentException("two-machine partitioning needs at least 2 jobs, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (processingTimes[i] < 1 || processingTimes[i] > MAXIMUM_PROCESSING_TIME) {
                throw new IllegalArgumentException("processing time " + i + " must be from 1 to "
                        + MAXIMUM_PROCESSING_TIME + ", got " + processingTimes[i]);
            }
        }
        int edges = n * (n - 1) / 2;
        int[] from = new int[edges];
        int[] to = new int[edges];
        int[] weight = new int[edges];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                from[e] = i;
                to[e] = j;
                weight[e] = processingTimes[i] * processingTimes[j];
                e++;
            }
        }
        return MaxCutInstance.of(name, n, from, to, weight);
    }

    /** The Ising model of the jobs: {@code J_ij = −p_i p_j}, no fields. */
    public static IsingModel toIsing(int[] processingTimes) {
        return MaxCutIsingMapping.toIsing(toMaxCut("partition", processingTimes));
    }

    /** The schedule of a cut: side {@code true} is machine 1. */
    public static Schedule scheduleOf(int[] processingTimes, Cut cut) {
        long first = 0;
        long total = 0;
        for (int i = 0; i < processingTimes.length; i++) {
            total += processingTimes[i];
            if (cut.side(i)) {
                first += processingTimes[i];
            }
        }
        return new Schedule(cut.sides(), Math.max(first, total - first));
    }

    /** Solves the jobs with the CPU annealer ({@code ising-cpu}) within {@code options}. */
    public static Schedule solve(int[] processingTimes, SolveOptions options) {
        int[] times = Arrays.copyOf(processingTimes, processingTimes.length);
        SolveResult<Cut> result = new IsingCpuSolver().solve(toMaxCut("partition", times), options);
        return scheduleOf(times, result.solution());
    }
}

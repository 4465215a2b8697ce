package org.sched4j.cpmodels.maxcut;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.instances.maxcut.MaxCutGenerators.Weights;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.ising.partition.TwoMachinePartition;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;

/** CP-SAT's proven optima certify the annealers' cuts on small graphs, and the P2||Cmax reduction. */
class MaxCutCertificationTest {

    private static final CpSatMaxCutSolver CPSAT = new CpSatMaxCutSolver();
    private static final SolveOptions EXACT = SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(2);
    /** The annealing of the two-machine partitions: 5 s on 2 threads, 8 restarts of 2,000 sweeps. */
    private static final SolveOptions PARTITION_ANNEALING = SolveOptions.withTimeLimit(Duration.ofSeconds(5))
            .threads(2).parameters(Map.of("ising.sweeps", "2000", "ising.restarts", "8"));

    @BeforeAll
    static void loadOrTools() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    static Stream<MaxCutInstance> smallGraphs() {
        return Stream.of(
                MaxCutGenerators.randomGraph("gnp-20", 20, 0.3, Weights.UNIT, 1),
                MaxCutGenerators.randomGraph("gnp-24-signed", 24, 0.25, Weights.PLUS_MINUS_ONE, 2),
                MaxCutGenerators.toroidalGrid("torus-5x5", 5, 5, 3),
                MaxCutGenerators.toroidalGrid("torus-3x3x3", 3, 3, 3, 4),
                MaxCutGenerators.planarLike("planar-30", 30, 3, Weights.PLUS_MINUS_ONE, 5));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cpsatMatchesEnumerationOnATinyGraph() {
        MaxCutInstance graph = MaxCutGenerators.randomGraph("gnp-12", 12, 0.5, Weights.PLUS_MINUS_ONE, 6);
        long best = Long.MIN_VALUE;
        for (int mask = 0; mask < 1 << 12; mask++) {
            boolean[] sides = new boolean[12];
            for (int v = 0; v < 12; v++) {
                sides[v] = (mask >> v & 1) == 1;
            }
            best = Math.max(best, MaxCutEvaluator.cutWeight(graph, Cut.of(sides)));
        }

        SolveResult<Cut> result = CPSAT.solve(graph, EXACT);

        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat((long) result.objective()).isEqualTo(best);
        assertThat(result.bound()).isEqualTo(result.objective());
    }

    @ParameterizedTest
    @MethodSource("smallGraphs")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theCpuAnnealerReachesTheCpsatOptimum(MaxCutInstance graph) {
        SolveResult<Cut> optimum = CPSAT.solve(graph, EXACT);
        SolveResult<Cut> annealed = new IsingCpuSolver().solve(graph, SolveOptions.withTimeLimit(Duration.ofSeconds(5))
                .threads(2).parameters(Map.of("ising.sweeps", "1000", "ising.restarts", "8")));

        assertThat(optimum.isValid()).isTrue();
        assertThat(optimum.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(annealed.isValid()).isTrue();
        assertThat(annealed.objective()).isEqualTo(optimum.objective());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoMachineMakespanByAnnealingEqualsTheCpsatOptimumOnASmallSet() {
        int[] times = new SplittableRandom(12).ints(12, 10, 200).toArray();

        TwoMachinePartition.Schedule annealed = TwoMachinePartition.solve(times, PARTITION_ANNEALING);

        assertThat(annealed.makespan()).isEqualTo(optimalTwoMachineMakespan(times));
    }

    /**
     * Single spin flips are weak moves for number partitioning (moving one job changes the difference by twice its
     * time), so on larger sets the annealer comes close to the optimum rather than always reaching it.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoMachineMakespanByAnnealingComesWithinOnePercentOfTheCpsatOptimum() {
        int[] times = new SplittableRandom(13).ints(30, 10, 200).toArray();

        TwoMachinePartition.Schedule annealed = TwoMachinePartition.solve(times, PARTITION_ANNEALING);
        long optimum = optimalTwoMachineMakespan(times);

        assertThat(annealed.makespan()).isBetween(optimum, (long) Math.floor(optimum * 1.01));
    }

    /** P2||Cmax directly in CP-SAT: a Boolean per job (on machine 1), minimise the larger load. */
    private static long optimalTwoMachineMakespan(int[] times) {
        CpModel model = new CpModel();
        long total = 0;
        BoolVar[] first = new BoolVar[times.length];
        long[] weights = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            first[i] = model.newBoolVar("first_" + i);
            weights[i] = times[i];
            total += times[i];
        }
        IntVar makespan = model.newIntVar(0, total, "makespan");
        LinearExpr load = LinearExpr.weightedSum(first, weights);
        model.addLessOrEqual(load, makespan);
        model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(makespan, 1).add(load).build(), total);
        model.minimize(makespan);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(20).setNumWorkers(2);
        assertThat(solver.solve(model)).isEqualTo(CpSolverStatus.OPTIMAL);
        return Math.round(solver.objectiveValue());
    }

    /** The greedy start (hint and fallback) cuts at least half the weight of a graph with non-negative weights. */
    @Test
    void theGreedyCutCutsAtLeastHalfOfANonNegativeGraph() {
        for (long seed = 1; seed <= 5; seed++) {
            MaxCutInstance graph = MaxCutGenerators.randomGraph("gnp-200", 200, 0.1, Weights.UNIT, seed);

            Cut greedy = CpSatMaxCutSolver.greedyCut(graph);

            assertThat(2 * MaxCutEvaluator.cutWeight(graph, greedy)).isGreaterThanOrEqualTo(graph.totalWeight());
        }
    }

    /** Stopped before its search proves anything, CP-SAT claims no bound (it once claimed the greedy cut optimal). */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSearchCutShortClaimsNoBoundBelowABetterCut() {
        MaxCutInstance graph = MaxCutGenerators.randomGraph("gnp-1500", 1500, 0.02, Weights.UNIT, 3);

        SolveResult<Cut> cutShort = CPSAT.solve(graph, SolveOptions.withTimeLimit(Duration.ofMillis(300)).threads(2));
        SolveResult<Cut> annealed = new IsingCpuSolver().solve(graph, SolveOptions.withTimeLimit(Duration.ofSeconds(2))
                .threads(2));

        assertThat(cutShort.isValid()).isTrue();
        assertThat(annealed.objective()).as("the annealer cuts more than the greedy start")
                .isGreaterThan(MaxCutEvaluator.cutWeight(graph, CpSatMaxCutSolver.greedyCut(graph)));
        if (cutShort.hasBound()) {
            assertThat(cutShort.bound()).isGreaterThanOrEqualTo(annealed.objective());
        }
    }
}

package org.sched4j.heuristics.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Solvers;
import org.sched4j.instances.rcpsp.RcpspExamples;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.rcpsp.Activity;
import org.sched4j.rcpsp.Precedence;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RcpspHeuristicsTest {

    private static final SolveOptions OPTIONS = new SolveOptions(Duration.ofMillis(500), 1, 1, false, Map.of());

    static Stream<Solver<RcpspInstance, RcpspSchedule>> solvers() {
        return Solvers.forProblem(RcpspProblem.TYPE).stream()
                .filter(solver -> solver instanceof RcpspRuleSolver || solver instanceof RcpspBestRuleSolver
                        || solver instanceof RcpspSamplingSolver || solver instanceof RcpspGeneticSolver);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void everySolverGivesValidSchedulesOnJ30AndExtensions(Solver<RcpspInstance, RcpspSchedule> solver) {
        RcpspInstance j30 = RcpspTestFiles.psplib("j301_1");
        SolveResult<RcpspSchedule> result = solver.solve(j30, OPTIONS);
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.objective()).isBetween(43.0, 43 * 1.5);
        for (RcpspExamples.Example example : RcpspExamples.feasible()) {
            SolveResult<RcpspSchedule> small = solver.solve(example.instance(), OPTIONS);
            assertThat(small.status()).as(example.name()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL,
                    SolveStatus.UNKNOWN);
            if (small.hasSolution()) {
                assertThat(small.isValid()).as(example.name() + ": " + small.evaluation().summary()).isTrue();
                assertThat(small.objective()).as(example.name()).isGreaterThanOrEqualTo(example.optimum());
            }
        }
    }

    @Test
    void samplingReachesTheHandComputedOptima() {
        for (RcpspExamples.Example example : RcpspExamples.feasible()) {
            SolveResult<RcpspSchedule> best = new RcpspSamplingSolver().solve(example.instance(), OPTIONS);
            assertThat(best.isValid()).as(example.name()).isTrue();
            assertThat(best.objective()).as(example.name()).isEqualTo(example.optimum());
        }
    }

    @Test
    void samplingReachesTheOptimumOfAnEasyJ30Instance() {
        SolveResult<RcpspSchedule> result = new RcpspSamplingSolver().solve(RcpspTestFiles.psplib("j301_1"),
                OPTIONS.timeLimit(Duration.ofSeconds(2)));
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isEqualTo(43);
        assertThat(result.statistics().get("schedules").intValue()).isGreaterThan(10);
    }

    @Test
    void geneticAlgorithmBeatsTheBestRuleOnAHardJ30Instance() {
        RcpspInstance instance = RcpspTestFiles.psplib("j3013_1");
        SolveResult<RcpspSchedule> rule = new RcpspBestRuleSolver().solve(instance, OPTIONS);
        SolveResult<RcpspSchedule> genetic = new RcpspGeneticSolver().solve(instance,
                OPTIONS.timeLimit(Duration.ofSeconds(2)));
        assertThat(rule.isValid()).as(rule.evaluation().summary()).isTrue();
        assertThat(genetic.isValid()).as(genetic.evaluation().summary()).isTrue();
        assertThat(genetic.objective()).isLessThan(rule.objective()).isGreaterThanOrEqualTo(58);
    }

    @Test
    void geneticAlgorithmRestartsAStagnantPopulationAndKeepsItsBest() {
        RcpspInstance instance = RcpspTestFiles.psplib("j3013_1");
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        ProjectNetwork network = ProjectNetwork.of(instance);
        List<int[]> population = List.of(
                scheduler.schedule(GenerationScheme.SERIAL, PriorityRule.LFT, 1).orElseThrow().startTimes(),
                scheduler.schedule(GenerationScheme.PARALLEL, PriorityRule.GRPW, 1).orElseThrow().startTimes());
        long startMakespan = population.stream().mapToLong(network::makespan).min().orElseThrow();
        AtomicInteger restarts = new AtomicInteger();
        AtomicLong seed = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        ActivityListGeneticAlgorithm genetic = new ActivityListGeneticAlgorithm(network,
                starts -> ForwardBackwardImprovement.improve(network, starts), new Random(7));

        int[] best = genetic.evolve(population, scheduler.lowerBound(),
                () -> restarts.get() >= 3 || System.nanoTime() > deadline, starts -> { },
                () -> {
                    restarts.incrementAndGet();
                    return List.of(scheduler.schedule(GenerationScheme.SERIAL, PriorityRule.RANDOM,
                            seed.incrementAndGet()).orElseThrow().startTimes());
                });

        RcpspSchedule schedule = RcpspSchedule.of(best);
        assertThat(restarts.get()).as("restarts after %d stagnant generations",
                ActivityListGeneticAlgorithm.STAGNATION_GENERATIONS).isEqualTo(3);
        assertThat(RcpspProblem.TYPE.evaluate(instance, schedule).isFeasible()).isTrue();
        assertThat(scheduler.makespan(schedule)).as("the best is kept across restarts")
                .isLessThanOrEqualTo(startMakespan).isGreaterThanOrEqualTo(58);
    }

    @Test
    void peakCrossoverKeepsThePrecedencesAndAStretchOfTheFathersOrder() {
        RcpspInstance instance = RcpspTestFiles.psplib("j3013_1");
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        ProjectNetwork network = ProjectNetwork.of(instance);
        int[] mother = startOrder(scheduler.schedule(GenerationScheme.SERIAL, PriorityRule.LFT, 1).orElseThrow()
                .startTimes());
        int[] fatherStarts = scheduler.schedule(GenerationScheme.PARALLEL, PriorityRule.RANDOM, 2).orElseThrow()
                .startTimes();
        ActivityListGeneticAlgorithm genetic = new ActivityListGeneticAlgorithm(network, starts -> starts,
                new Random(3));
        int n = instance.activityCount();
        for (int draw = 0; draw < 50; draw++) {
            int[] child = genetic.peakCrossover(mother, fatherStarts);
            int[] position = new int[n];
            Arrays.fill(position, -1);
            for (int k = 0; k < child.length; k++) {
                assertThat(position[child[k]]).as("activity %d twice", child[k]).isEqualTo(-1);
                position[child[k]] = k;
            }
            assertThat(child).hasSize(n);
            for (Precedence precedence : instance.precedences()) {
                assertThat(position[precedence.predecessor()]).as("%s", precedence)
                        .isLessThan(position[precedence.successor()]);
            }
            assertThat(isPeakChild(child, mother, fatherStarts, network.durations))
                    .as("the mother's order around a stretch of the father's schedule in his order").isTrue();
        }
    }

    /**
     * Whether {@code child} is, for some interval of the father's schedule, the mother's order of the activities the
     * father starts before it, then those he starts in it in his order, then the mother's order of the rest.
     */
    private static boolean isPeakChild(int[] child, int[] mother, int[] fatherStarts, int[] durations) {
        int[] times = Arrays.stream(fatherStarts).distinct().sorted().toArray();
        for (int from : times) {
            for (int to = from + 1; to <= times[times.length - 1] + 1; to++) {
                int peakStart = from;
                int peakEnd = to;
                IntStream before = Arrays.stream(mother)
                        .filter(i -> fatherStarts[i] < peakStart);
                IntStream peak = IntStream.range(0, fatherStarts.length).boxed()
                        .filter(i -> fatherStarts[i] >= peakStart && fatherStarts[i] < peakEnd)
                        .sorted(Comparator.comparingInt((Integer i) -> fatherStarts[i])
                                .thenComparingInt(i -> durations[i] == 0 ? 0 : 1).thenComparingInt(i -> i))
                        .mapToInt(Integer::intValue);
                IntStream after = Arrays.stream(mother)
                        .filter(i -> fatherStarts[i] >= peakEnd);
                int[] expected = IntStream.concat(IntStream.concat(before, peak),
                        after).toArray();
                if (Arrays.equals(expected, child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] startOrder(int[] starts) {
        return IntStream.range(0, starts.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> starts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void forwardBackwardImprovementNeverLengthensAndHelpsOnJ30() {
        RcpspInstance instance = RcpspTestFiles.psplib("j3011_1");
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        long improvedTotal = 0;
        long plainTotal = 0;
        for (PriorityRule rule : List.of(PriorityRule.SPT, PriorityRule.RANDOM, PriorityRule.GRPW)) {
            RcpspSchedule plain = scheduler.schedule(GenerationScheme.SERIAL, rule, 3).orElseThrow();
            RcpspSchedule improved = scheduler.improve(plain);
            assertThat(RcpspProblem.TYPE.evaluate(instance, improved).isFeasible()).isTrue();
            assertThat(scheduler.makespan(improved)).isLessThanOrEqualTo(scheduler.makespan(plain));
            plainTotal += scheduler.makespan(plain);
            improvedTotal += scheduler.makespan(improved);
        }
        assertThat(improvedTotal).isLessThan(plainTotal);
    }

    @Test
    void schedulesAProjectWithoutResourcesAtItsCriticalPath() {
        RcpspInstance instance = RcpspInstance.of("no-resources", List.of(), List.of(
                new Activity("a", 3, List.of()), new Activity("b", 4, List.of())),
                List.of(new Precedence(0, 1, 2)));
        for (Solver<RcpspInstance, RcpspSchedule> solver : solvers().toList()) {
            SolveResult<RcpspSchedule> result = solver.solve(instance, OPTIONS);
            assertThat(result.isValid()).as(solver.id()).isTrue();
            assertThat(result.objective()).as(solver.id()).isEqualTo(9);
        }
    }

    @Test
    void reportsInfeasibleOnlyWithAProofAndUnknownOtherwise() {
        SolveResult<RcpspSchedule> proved = new RcpspBestRuleSolver().solve(RcpspExamples.triviallyInfeasible(),
                OPTIONS);
        assertThat(proved.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(proved.hasSolution()).isFalse();
        SolveResult<RcpspSchedule> unproved = new RcpspSamplingSolver().solve(RcpspExamples.infeasible(),
                OPTIONS.timeLimit(Duration.ofMillis(200)));
        assertThat(unproved.status()).isEqualTo(SolveStatus.UNKNOWN);
        assertThat(unproved.hasSolution()).isFalse();
    }
}

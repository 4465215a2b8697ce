package org.sched4j.heuristics.rcpsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * The activity-list genetic algorithm of Hartmann ("A competitive genetic algorithm for resource-constrained project
 * scheduling", Naval Research Logistics 45, 1998) with justification of every child (Valls, Ballestín and Quintanilla,
 * "Justification and RCPSP: a technique that pays", EJOR 165, 2005) and their peak crossover ("A hybrid genetic
 * algorithm for the resource-constrained project scheduling problem", EJOR 185, 2008): individuals are
 * precedence-feasible activity lists decoded by the serial scheme; the child keeps the father's busiest stretch of
 * schedule and the mother's order elsewhere; adjacent-swap mutation; ranking selection over parents and children,
 * without duplicate schedules; each decoded child is improved forward-backward and re-encoded by its start times.
 */
final class ActivityListGeneticAlgorithm {

    private static final double MUTATION_RATE = 0.05;
    /** The shortest and longest peak of the crossover, as fractions of the father's makespan. */
    private static final double SHORTEST_PEAK = 0.125;
    private static final double LONGEST_PEAK = 0.5;

    /** Generations without a shorter schedule after which the population restarts. */
    static final int STAGNATION_GENERATIONS = 50;

    /** One individual: its activity list and its schedule. */
    record Individual(int[] list, int[] starts, long makespan) {
    }

    private final ProjectNetwork network;
    private final UnaryOperator<int[]> justification;
    private final Random random;

    /**
     * @param justification improves a feasible schedule (forward-backward), never lengthening it
     */
    ActivityListGeneticAlgorithm(ProjectNetwork network, UnaryOperator<int[]> justification, Random random) {
        this.network = network;
        this.justification = justification;
        this.random = random;
    }

    /**
     * Evolves {@code population} (feasible schedules, at least two) until {@code stop} says so or an individual meets
     * {@code lowerBound}. After {@value #STAGNATION_GENERATIONS} generations without a shorter schedule the population
     * restarts: the best individual and fresh schedules from {@code restart}.
     *
     * @param improvement told about each schedule shorter than every one before
     * @param restart     fresh feasible schedules for a restart (may be fewer than the population, or none)
     * @return the best schedule found
     */
    int[] evolve(List<int[]> population, long lowerBound, BooleanSupplier stop, Consumer<int[]> improvement,
                 Supplier<List<int[]>> restart) {
        List<Individual> individuals = new ArrayList<>();
        for (int[] starts : population) {
            individuals.add(individual(starts));
        }
        individuals.sort(Comparator.comparingLong(Individual::makespan));
        int size = individuals.size();
        Individual best = individuals.getFirst();
        int stagnant = 0;
        while (best.makespan() > lowerBound && !stop.getAsBoolean()) {
            List<Individual> next = new ArrayList<>(individuals);
            Set<RcpspSchedule> schedules = new HashSet<>();
            for (Individual individual : individuals) {
                schedules.add(RcpspSchedule.of(individual.starts()));
            }
            long before = best.makespan();
            for (int k = 0; k + 1 < size && !stop.getAsBoolean(); k += 2) {
                Individual mother = individuals.get(random.nextInt(size));
                Individual father = individuals.get(random.nextInt(size));
                for (Individual child : new Individual[] {child(mother, father),
                        child(father, mother)}) {
                    if (child != null && schedules.add(RcpspSchedule.of(child.starts()))) {
                        next.add(child);
                        if (child.makespan() < best.makespan()) {
                            best = child;
                            improvement.accept(best.starts());
                        }
                    }
                }
            }
            stagnant = best.makespan() < before ? 0 : stagnant + 1;
            if (stagnant >= STAGNATION_GENERATIONS) {
                stagnant = 0;
                next = new ArrayList<>(List.of(best));
                for (int[] starts : restart.get()) {
                    next.add(individual(starts));
                }
            }
            next.sort(Comparator.comparingLong(Individual::makespan));
            individuals = new ArrayList<>(next.subList(0, Math.min(size, next.size())));
            if (individuals.size() < 2) {
                return best.starts();
            }
            size = individuals.size();
        }
        return best.starts();
    }

    private Individual child(Individual mother, Individual father) {
        int[] list = repairOrder(peakCrossover(mother.list(), father.starts()));
        mutate(list);
        double[] positions = new double[list.length];
        for (int k = 0; k < list.length; k++) {
            positions[list[k]] = k;
        }
        int[] starts = SerialScheduleGenerator.schedule(network, ActivityChooser.lowestValue(positions));
        return starts == null ? null : individual(justification.apply(starts));
    }

    private Individual individual(int[] starts) {
        return new Individual(repairOrder(inStartOrder(starts, activity -> true)), starts, network.makespan(starts));
    }

    /**
     * The activities {@code include} accepts, by start time, zero-duration ones first among equal starts, then by
     * index.
     */
    private int[] inStartOrder(int[] starts, IntPredicate include) {
        int n = starts.length;
        long[] keys = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (include.test(i)) {
                long zeroDurationFirst = network.durations[i] == 0 ? 0 : 1;
                keys[count++] = ((long) starts[i] * 2 + zeroDurationFirst) * n + i;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = (int) (keys[k] % n);
        }
        return order;
    }

    /**
     * Peak crossover after Valls, Ballestín and Quintanilla (2008): the father's activities starting in the interval of
     * his schedule where the resources are busiest, in his order, between the mother's order of the activities he
     * starts before and after it.
     */
    int[] peakCrossover(int[] mother, int[] fatherStarts) {
        int n = mother.length;
        int makespan = (int) network.makespan(fatherStarts);
        if (makespan < 4) {
            return mother.clone();
        }
        double[] busy = new double[makespan];
        for (int i = 0; i < n; i++) {
            for (int r : network.demandedResources[i]) {
                for (int t = fatherStarts[i]; t < fatherStarts[i] + network.durations[i]; t++) {
                    busy[t] += (double) network.demands[i][r] / Math.max(1, network.capacities[r][t]);
                }
            }
        }
        int shortest = Math.max(1, (int) (makespan * SHORTEST_PEAK));
        int length = shortest + random.nextInt(Math.max(1, (int) (makespan * LONGEST_PEAK) - shortest));
        double window = 0;
        for (int t = 0; t < length; t++) {
            window += busy[t];
        }
        double bestWindow = window;
        int peakStart = 0;
        for (int t = length; t < makespan; t++) {
            window += busy[t] - busy[t - length];
            if (window > bestWindow) {
                bestWindow = window;
                peakStart = t - length + 1;
            }
        }
        int from = peakStart;
        int to = peakStart + length;
        int[] child = new int[n];
        int filled = 0;
        for (int activity : mother) {
            if (fatherStarts[activity] < from) {
                child[filled++] = activity;
            }
        }
        for (int activity : inStartOrder(fatherStarts, i -> fatherStarts[i] >= from && fatherStarts[i] < to)) {
            child[filled++] = activity;
        }
        for (int activity : mother) {
            if (fatherStarts[activity] >= to) {
                child[filled++] = activity;
            }
        }
        return child;
    }

    /** Swaps neighbours with a small probability when no precedence joins them. */
    private void mutate(int[] list) {
        for (int k = 0; k + 1 < list.length; k++) {
            if (random.nextDouble() < MUTATION_RATE && !precedes(list[k], list[k + 1])) {
                int swapped = list[k];
                list[k] = list[k + 1];
                list[k + 1] = swapped;
            }
        }
    }

    private boolean precedes(int first, int second) {
        for (int successor : network.successors[first]) {
            if (successor == second) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes a start-time order precedence-feasible: a zero-lag successor of a zero-duration activity may start at the
     * same time and sort before it.
     */
    private int[] repairOrder(int[] list) {
        int n = list.length;
        int[] unplacedPredecessors = new int[n];
        for (int i = 0; i < n; i++) {
            unplacedPredecessors[i] = network.predecessors[i].length;
        }
        boolean[] placed = new boolean[n];
        int[] repaired = new int[n];
        int filled = 0;
        while (filled < n) {
            for (int activity : list) {
                if (!placed[activity] && unplacedPredecessors[activity] == 0) {
                    placed[activity] = true;
                    repaired[filled++] = activity;
                    for (int successor : network.successors[activity]) {
                        unplacedPredecessors[successor]--;
                    }
                    break;
                }
            }
        }
        return repaired;
    }
}

package org.sched4j.heuristics.rcpsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The activity-list genetic algorithm of Hartmann ("A competitive genetic algorithm for resource-constrained project
 * scheduling", Naval Research Logistics 45, 1998) with justification of every child (Valls, Ballestín and Quintanilla,
 * "Justification and RCPSP: a technique that pays", EJOR 165, 2005): individuals are precedence-feasible activity
 * lists decoded by the serial scheme; two-point crossover, adjacent-swap mutation, ranking selection over parents and
 * children; each decoded child is improved forward-backward and re-encoded by its start times.
 */
final class ActivityListGeneticAlgorithm {

    private static final double MUTATION_RATE = 0.05;

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
            long before = best.makespan();
            for (int k = 0; k + 1 < size && !stop.getAsBoolean(); k += 2) {
                Individual mother = individuals.get(random.nextInt(size));
                Individual father = individuals.get(random.nextInt(size));
                for (Individual child : new Individual[] {child(mother.list(), father.list()),
                        child(father.list(), mother.list())}) {
                    if (child != null) {
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

    private Individual child(int[] mother, int[] father) {
        int[] list = crossover(mother, father);
        mutate(list);
        double[] positions = new double[list.length];
        for (int k = 0; k < list.length; k++) {
            positions[list[k]] = k;
        }
        int[] starts = SerialScheduleGenerator.schedule(network, ActivityChooser.lowestValue(positions));
        return starts == null ? null : individual(justification.apply(starts));
    }

    private Individual individual(int[] starts) {
        Integer[] order = new Integer[starts.length];
        for (int i = 0; i < starts.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> starts[i])
                .thenComparingInt(i -> network.durations[i] == 0 ? 0 : 1).thenComparingInt(i -> i));
        int[] list = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
            list[k] = order[k];
        }
        return new Individual(repairOrder(list), starts, network.makespan(starts));
    }

    /** Hartmann's two-point crossover: the mother's head, then the father's order, then the mother's order. */
    private int[] crossover(int[] mother, int[] father) {
        int n = mother.length;
        int first = random.nextInt(n + 1);
        int second = first + random.nextInt(n - first + 1);
        boolean[] taken = new boolean[n];
        int[] child = new int[n];
        int filled = 0;
        for (int k = 0; k < first; k++) {
            child[filled++] = mother[k];
            taken[mother[k]] = true;
        }
        for (int k = 0; k < n && filled < second; k++) {
            if (!taken[father[k]]) {
                child[filled++] = father[k];
                taken[father[k]] = true;
            }
        }
        for (int k = 0; k < n && filled < n; k++) {
            if (!taken[mother[k]]) {
                child[filled++] = mother[k];
                taken[mother[k]] = true;
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

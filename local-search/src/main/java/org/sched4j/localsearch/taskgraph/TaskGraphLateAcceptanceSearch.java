package org.sched4j.localsearch.taskgraph;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Late acceptance hill climbing (Burke &amp; Bykov, "The late acceptance hill-climbing heuristic", EJOR 258(1), 2017)
 * over {@link OrderedAssignment}s. A move either gives a task another processor that can run it, or moves it to
 * another position of the order between its last predecessor and its first successor; half of the moves pick
 * their task on the critical chain of the current schedule. A move is kept when its makespan is no worse than the
 * current one or than the current one {@value #HISTORY} iterations ago. Each iteration decodes once, O(V + E).
 */
final class TaskGraphLateAcceptanceSearch {

    /** The length of the late-acceptance history. */
    static final int HISTORY = 200;

    private static final int CHECK_EVERY = 64;

    private final OrderedAssignment current;
    private final OrderedAssignment best;
    private final SplittableRandom random;
    private final int[] chain;
    private double bestMakespan;
    private long iterations;

    /** A search from {@code start}, a feasible schedule of {@code instance}. */
    TaskGraphLateAcceptanceSearch(TaskGraphInstance instance, TaskGraphSchedule start, long seed) {
        this.current = new OrderedAssignment(instance, start);
        this.best = new OrderedAssignment(instance, start);
        this.random = new SplittableRandom(seed);
        this.chain = new int[instance.taskCount()];
        this.bestMakespan = best.decode();
    }

    /**
     * Searches until {@code stop} returns true (polled every few iterations) or {@code maxIterations} have run,
     * calling {@code improved} on each new best.
     */
    void run(BooleanSupplier stop, long maxIterations, Runnable improved) {
        double[] history = new double[HISTORY];
        double currentMakespan = current.decode();
        Arrays.fill(history, currentMakespan);
        int chainLength = current.criticalChain(chain);
        for (long iteration = 0; iteration < maxIterations; iteration++) {
            if (iteration % CHECK_EVERY == 0 && stop.getAsBoolean()) {
                break;
            }
            iterations++;
            int task = random.nextBoolean() && chainLength > 0 ? chain[random.nextInt(chainLength)]
                    : random.nextInt(chain.length);
            Undo undo = random.nextInt(3) == 0 ? reorder(task) : reassign(task);
            if (undo == null) {
                continue;
            }
            double candidate = current.decode();
            int slot = (int) (iteration % HISTORY);
            if (candidate <= currentMakespan || candidate <= history[slot]) {
                currentMakespan = candidate;
                chainLength = current.criticalChain(chain);
                if (candidate < bestMakespan) {
                    bestMakespan = candidate;
                    best.copyFrom(current);
                    improved.run();
                }
            } else {
                undo.apply(current);
            }
            history[slot] = currentMakespan;
        }
    }

    private Undo reassign(int task) {
        TaskGraphInstance instance = current.instance();
        int processors = instance.processorCount();
        if (processors < 2) {
            return null;
        }
        int old = current.processors[task];
        int candidate = (old + 1 + random.nextInt(processors - 1)) % processors;
        if (!instance.canRun(task, candidate)) {
            return null;
        }
        current.processors[task] = candidate;
        return state -> state.processors[task] = old;
    }

    private Undo reorder(int task) {
        int from = current.position[task];
        int low = current.earliestPosition(task);
        int high = current.latestPosition(task);
        if (high <= low) {
            return null;
        }
        int to = low + random.nextInt(high - low + 1);
        if (to == from) {
            return null;
        }
        current.move(from, to);
        return state -> state.move(to, from);
    }

    /** The best schedule found, decoded afresh. */
    TaskGraphSchedule best() {
        best.decode();
        return best.toSchedule();
    }

    double bestMakespan() {
        return bestMakespan;
    }

    long iterations() {
        return iterations;
    }

    /** Reverts one move. */
    @FunctionalInterface
    private interface Undo {
        void apply(OrderedAssignment state);
    }
}

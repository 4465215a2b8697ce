package org.sched4j.heuristics.taskgraph;

import java.util.Comparator;
import java.util.List;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Lookahead HEFT (Bittencourt, Sakellariou &amp; Madeira, "DAG scheduling using a lookahead variant of the
 * heterogeneous earliest finish time algorithm", PDP 2010): tasks in HEFT's order; for each candidate processor
 * of a task, its children are tentatively placed by HEFT on a copy of the schedule, and the task goes to the
 * processor that minimises the latest finish among its children (its own finish when it has none). Ties go to
 * the earlier finish of the task itself. O(V·Q·(V + C·Q·V)) for at most C children per task.
 */
public final class LookaheadHeftScheduler implements TaskGraphListScheduler {

    @Override
    public String id() {
        return "lookahead-heft";
    }

    @Override
    public String description() {
        return "Lookahead HEFT: place each task where its children finish earliest (Bittencourt et al., PDP 2010)";
    }

    @Override
    public TaskGraphSchedule schedule(TaskGraphInstance instance) {
        double[] rank = TaskRanks.upward(instance);
        PartialSchedule schedule = new PartialSchedule(instance);
        ReadyList ready = new ReadyList(instance, rank);
        while (!ready.isEmpty()) {
            int task = ready.take();
            schedule.placeEarliest(task, lookaheadProcessor(schedule, task, rank));
            ready.placed(task);
        }
        return schedule.toSchedule();
    }

    private static int lookaheadProcessor(PartialSchedule schedule, int task, double[] rank) {
        TaskGraphInstance instance = schedule.instance();
        List<Integer> children = instance.successors(task).stream().map(DataEdge::target)
                .sorted(Comparator.comparingDouble((Integer child) -> -rank[child]).thenComparing(child -> child))
                .toList();
        int best = -1;
        double bestLookahead = Double.POSITIVE_INFINITY;
        double bestOwnFinish = Double.POSITIVE_INFINITY;
        for (int p = 0; p < instance.processorCount(); p++) {
            if (!instance.canRun(task, p)) {
                continue;
            }
            PartialSchedule trial = schedule.copy();
            trial.placeEarliest(task, p);
            double ownFinish = trial.finish(task);
            double lookahead = ownFinish;
            if (!children.isEmpty()) {
                lookahead = 0;
                for (int child : children) {
                    trial.placeEarliest(child, trial.earliestFinishProcessor(child));
                    lookahead = Math.max(lookahead, trial.finish(child));
                }
            }
            if (lookahead < bestLookahead || lookahead == bestLookahead && ownFinish < bestOwnFinish) {
                best = p;
                bestLookahead = lookahead;
                bestOwnFinish = ownFinish;
            }
        }
        return best;
    }
}

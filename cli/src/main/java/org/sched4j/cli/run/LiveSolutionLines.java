package org.sched4j.cli.run;

import java.io.PrintWriter;
import java.time.Duration;
import org.sched4j.api.SolutionListener;

/**
 * The live view of a single solve: a heading, then one line on standard error per improving solution with the time,
 * the objective, the solver's bound and the gap to the best known objective, e.g.
 * <pre>
 *       time    makespan       bound         gap
 *     0.012s        1427           -      15.92%
 * </pre>
 * Solvers call it from their own threads; lines are printed one at a time.
 */
public final class LiveSolutionLines {

    private static final String LINE = "%10s  %10s  %10s  %10s";

    private final InstanceTask<?, ?> task;
    private final PrintWriter err;

    /**
     * @param task the instance being solved
     * @param err  standard error
     */
    public LiveSolutionLines(InstanceTask<?, ?> task, PrintWriter err) {
        this.task = task;
        this.err = err;
    }

    /** Prints what is being solved and the column heading. */
    public synchronized void heading(String solverId, String limits) {
        String best = task.bestKnown().hasUpperBound()
                ? ", best known " + ResultCsv.number(task.bestKnown().upperBound()) : "";
        err.println("solving " + task.name() + " (" + task.size() + best + ") with " + solverId + ", " + limits);
        err.println(String.format(LINE, "time", task.type().objectiveName(), "bound", "gap"));
        err.flush();
    }

    /** The listener that prints one line per improving solution. */
    public <S> SolutionListener<S> listener() {
        return (solution, objective, bound, elapsed) -> line(objective, bound, elapsed);
    }

    private synchronized void line(double objective, double bound, Duration elapsed) {
        double gap = task.type().sense().gapPercent(objective, task.bestKnown().upperBound());
        err.println(String.format(LINE, ResultCsv.fixed(elapsed.toNanos() / 1e9, 3) + "s",
                ResultCsv.number(objective), orDash(ResultCsv.number(bound)), orDash(gapText(gap))));
        err.flush();
    }

    private static String gapText(double gap) {
        String text = ResultCsv.fixed(gap, 2);
        return text.isEmpty() ? text : text + "%";
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}

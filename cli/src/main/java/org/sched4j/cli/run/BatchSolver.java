package org.sched4j.cli.run;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.Solvers;
import org.sched4j.cli.BadInputException;
import org.sched4j.cli.DurationConverter;
import org.sched4j.cli.gantt.GanttCharts;

/**
 * Solves a batch, one entry after the other and, for each, one solver after the other, turning every outcome into a
 * result row: a solver's result, or an {@code ERROR} row for an unreadable file or a solver that threw (a
 * {@link SolverDefectException} included) — the batch always goes on. Messages go to standard error; rows go to the
 * {@link ResultSink}.
 *
 * <p>A single solve shows one live line per improving solution; a batch shows a {@link BatchProgress}. Every solver
 * module's one-off costs ({@link Solvers#warmUp}: OR-Tools' native library, a GPU context) are paid before the first
 * solve, so that they (up to seconds on a cold machine) are not charged to the first instance's time limit.
 */
public final class BatchSolver {

    private final List<String> solverIds;
    private final SolveOptions options;
    private final Optional<Path> ganttFolder;
    private final PrintWriter err;

    /**
     * @param solverIds   the solvers to run on every instance, in order
     * @param options     the options of every solve
     * @param ganttFolder where to write one SVG Gantt chart per solved instance, if anywhere
     * @param err         standard error
     */
    public BatchSolver(List<String> solverIds, SolveOptions options, Optional<Path> ganttFolder, PrintWriter err) {
        this.solverIds = List.copyOf(solverIds);
        this.options = Objects.requireNonNull(options, "options");
        this.ganttFolder = Objects.requireNonNull(ganttFolder, "ganttFolder");
        this.err = Objects.requireNonNull(err, "err");
        if (solverIds.isEmpty()) {
            throw new IllegalArgumentException("at least one solver is needed");
        }
    }

    /**
     * Checks, before any solving, that every solver exists for every problem type in {@code entries}.
     *
     * @throws BadInputException naming the solvers that exist when one does not
     */
    public void checkSolvers(List<BatchEntry> entries) {
        Set<ProblemType<?, ?>> types = new LinkedHashSet<>();
        for (BatchEntry entry : entries) {
            if (entry instanceof InstanceTask<?, ?> task) {
                types.add(task.type());
            }
        }
        for (ProblemType<?, ?> type : types) {
            for (String id : solverIds) {
                try {
                    Solvers.get(type, id);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--solver " + id + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * Solves every entry with every solver, in order, and hands each row to {@code sink} as soon as it is known.
     *
     * @return the outcomes, in the order of the rows
     * @throws BadInputException when a solver does not exist (see {@link #checkSolvers})
     */
    public List<SolveOutcome> run(List<BatchEntry> entries, ResultSink sink) {
        checkSolvers(entries);
        Solvers.warmUp();
        boolean single = entries.size() * solverIds.size() == 1;
        List<SolveOutcome> outcomes = new ArrayList<>();
        List<Path> charts = new ArrayList<>();
        try (BatchProgress progress = single ? BatchProgress.notesOnly(err)
                : BatchProgress.forBatch(entries.size() * solverIds.size(), err)) {
            for (BatchEntry entry : entries) {
                if (entry instanceof LoadFailure failure) {
                    progress.note("error: " + failure.message());
                }
                for (String solverId : solverIds) {
                    progress.starting(entry.name() + " / " + solverId);
                    SolveOutcome outcome = switch (entry) {
                        case LoadFailure failure -> new SolveOutcome(failure,
                                ResultRow.error(failure.name(), failure.problem(), solverId, failure.message()));
                        case InstanceTask<?, ?> task -> solve(task, solverId, single, progress, charts,
                                sink.plans());
                    };
                    progress.finished(outcome.row());
                    sink.accept(outcome.row());
                    outcomes.add(outcome);
                }
            }
            reportCharts(charts, single, progress);
        }
        return outcomes;
    }

    private <P, S> SolveOutcome solve(InstanceTask<P, S> task, String solverId, boolean live, BatchProgress progress,
                                      List<Path> charts, Optional<PlanFiles> plans) {
        Solver<P, S> solver = Solvers.get(task.type(), solverId);
        SolutionListener<S> listener = SolutionListener.none();
        if (live) {
            LiveSolutionLines lines = new LiveSolutionLines(task, err);
            lines.heading(solverId, limits());
            listener = lines.listener();
        }
        SolveResult<S> result;
        try {
            result = solver.solve(task.instance(), options, listener);
        } catch (SolverDefectException e) {
            return failed(task, solverId, "solver defect in " + solverId + ": " + e.getMessage(), progress);
        } catch (RuntimeException e) {
            return failed(task, solverId, solverId + " failed: " + e, progress);
        }
        ResultRow row = ResultRow.of(task, result);
        if (!result.hasSolution()) {
            progress.note("error: " + task.name() + ": " + solverId + " found no solution (status " + result.status()
                    + ")");
        } else if (!result.isValid()) {
            progress.note("error: " + task.name() + ": " + solverId + " returned an invalid solution: "
                    + result.evaluation().summary());
        } else {
            plans.ifPresent(files -> writePlan(files, task, solverId, result.solution(), live, progress));
        }
        if (result.isValid() && ganttFolder.isPresent()) {
            String stem = solverIds.size() == 1 ? task.name() : task.name() + "-" + solverId;
            try {
                GanttCharts.write(task, result, ganttFolder.get().resolve(stem + ".svg")).ifPresent(charts::add);
            } catch (UncheckedIOException e) {
                progress.note("warning: no Gantt chart for " + task.name() + ": " + e.getMessage());
            }
        }
        return new SolveOutcome(task, row);
    }

    private <P, S> void writePlan(PlanFiles files, InstanceTask<P, S> task, String solverId, S solution,
                                  boolean single, BatchProgress progress) {
        if (task.support().isEmpty()) {
            return;
        }
        try {
            Optional<String> plan = task.support().get().applicablePlan(task.instance(), solution, files.kind());
            if (plan.isEmpty()) {
                progress.note("warning: " + task.name() + ": problem " + task.type().name() + " has no plan to apply");
                return;
            }
            Path file = files.write(task.name(), solverId, single, plan.get());
            progress.note("plan: " + file);
        } catch (IllegalArgumentException e) {
            progress.note("error: " + task.name() + ": " + solverId + ": no plan written: " + e.getMessage());
        } catch (UncheckedIOException e) {
            progress.note("error: " + e.getMessage());
        }
    }

    private SolveOutcome failed(InstanceTask<?, ?> task, String solverId, String message, BatchProgress progress) {
        progress.note("error: " + task.name() + ": " + message);
        return new SolveOutcome(task, ResultRow.error(task.name(), task.type().name(), solverId, message));
    }

    private void reportCharts(List<Path> charts, boolean single, BatchProgress progress) {
        if (charts.isEmpty()) {
            return;
        }
        progress.note(single || charts.size() == 1 ? "Gantt chart: " + charts.getFirst()
                : charts.size() + " Gantt charts in " + ganttFolder.orElseThrow());
    }

    /** The limits in words: {@code time limit 10 s, 4 threads, seed 0}. */
    public String limits() {
        return "time limit " + DurationConverter.format(options.timeLimit()) + ", " + options.threads()
                + (options.threads() == 1 ? " thread" : " threads") + ", seed " + options.seed();
    }
}

package org.sched4j.cli.gantt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.api.SolveResult;
import org.sched4j.cli.problem.ProblemSupport;
import org.sched4j.cli.run.InstanceTask;
import org.sched4j.cli.run.ResultRow;

/**
 * Writes the Gantt chart of a result, for the problems whose {@link ProblemSupport} draws one; other problems get none.
 */
public final class GanttCharts {

    private GanttCharts() {
    }

    /**
     * Writes the chart of {@code result} for {@code task} to {@code file}, creating its folder.
     *
     * @return the file, or empty when the problem has no chart or the result has no valid solution
     * @throws UncheckedIOException when the file cannot be written
     */
    public static <P, S> Optional<Path> write(InstanceTask<P, S> task, SolveResult<S> result, Path file) {
        Optional<ProblemSupport<P, S>> support = task.support();
        if (!result.isValid() || support.isEmpty()) {
            return Optional.empty();
        }
        ResultRow row = ResultRow.of(task, result);
        ChartCaption caption = new ChartCaption(task.name(), row.solver(), row.status(), row.objective(),
                row.lowerBound(), row.bestKnown(), row.gapPercent(), row.timeSeconds());
        Optional<String> chart = support.get().chart(task.instance(), result.solution(), caption);
        if (chart.isEmpty()) {
            return Optional.empty();
        }
        String svg = chart.get();
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, svg, StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

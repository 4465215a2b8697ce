package org.sched4j.cli.gantt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sched4j.api.SolveResult;
import org.sched4j.cli.run.InstanceTask;
import org.sched4j.cli.run.ResultRow;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Writes the Gantt chart of a result, for the problems that have one (the job shop today); other problems get none.
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
    public static Optional<Path> write(InstanceTask task, SolveResult<?> result, Path file) {
        if (!result.isValid() || !(task.instance() instanceof JobShopInstance instance)
                || !(result.solution() instanceof JobShopSchedule schedule)) {
            return Optional.empty();
        }
        ResultRow row = ResultRow.of(task, result);
        ChartCaption caption = new ChartCaption(task.name(), row.solver(), row.status(), row.objective(),
                row.lowerBound(), row.bestKnown(), row.gapPercent(), row.timeSeconds());
        String svg = JobShopGanttChart.render(instance, schedule, caption);
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

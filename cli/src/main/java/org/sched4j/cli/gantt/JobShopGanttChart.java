package org.sched4j.cli.gantt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.jobshop.JobShopCriticalPath;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.Operation;
import org.sched4j.jobshop.OperationRef;

/**
 * Draws a job-shop schedule as an SVG Gantt chart: one row per machine, one bar per operation coloured by its job
 * (labelled with the job's number where the bar is wide enough), a time axis with round ticks, the makespan and the
 * best known makespan as vertical lines, a title with the result, a legend of the jobs, and the critical path
 * ({@link JobShopCriticalPath}) drawn as outlined bars joined by dashed lines (on a white halo, so that they stay
 * visible over other bars) where it changes machine. Every bar has
 * a tooltip with its job, operation, machine, start, end and duration.
 *
 * <p>The SVG is self-contained (no scripts, no external fonts) and opens in every browser and in {@code rsvg-convert}.
 */
public final class JobShopGanttChart {

    private static final double PLOT_WIDTH = 1200;
    private static final double LEFT = 64;
    private static final double RIGHT = 40;
    private static final double PLOT_TOP = 104;
    private static final double LEGEND_ENTRY_WIDTH = 52;
    private static final double CRITICAL_KEY_WIDTH = 240;
    private static final String INK = "#1b1b1b";
    private static final String MAKESPAN_COLOR = "#c0392b";
    private static final String BEST_KNOWN_COLOR = "#1e7d3a";
    private static final String STYLE = ChartTitle.STYLE + """
            .machine { font-size: 11.5px; fill: #3d434a; text-anchor: end; }
            .tick { font-size: 10.5px; fill: #6b7178; text-anchor: middle; }
            .marker { font-size: 11px; font-weight: 600; }
            .bar { stroke: #ffffff; stroke-width: 0.75; }
            .op:hover .bar { stroke: #000000; stroke-width: 1.5; }
            .label { font-size: 10px; text-anchor: middle; pointer-events: none; }
            .critical { fill: none; stroke: #111111; stroke-width: 2.2; pointer-events: none; }
            .link { stroke: #111111; stroke-width: 1.5; stroke-dasharray: 4 2.5; pointer-events: none; }
            .halo { stroke: #ffffff; stroke-width: 4; stroke-opacity: 0.75; pointer-events: none; }
            .legend { font-size: 11px; fill: #3d434a; }""";

    private final JobShopInstance instance;
    private final JobShopSchedule schedule;
    private final ChartCaption caption;
    private final List<OperationRef> criticalPath;
    private final JobPalette palette;
    private final long makespan;
    private final double rowHeight;

    private JobShopGanttChart(JobShopInstance instance, JobShopSchedule schedule, ChartCaption caption) {
        this.instance = instance;
        this.schedule = schedule;
        this.caption = caption;
        this.criticalPath = JobShopCriticalPath.of(instance, schedule);
        this.palette = new JobPalette(instance.jobCount());
        this.makespan = Math.max(1, schedule.makespan(instance));
        this.rowHeight = Math.clamp(600.0 / instance.machineCount(), 18, 36);
    }

    /**
     * The chart of {@code schedule} as SVG text.
     *
     * @param instance the instance
     * @param schedule a feasible schedule of it
     * @param caption  what the title says
     * @throws IllegalArgumentException when the schedule is not feasible
     */
    public static String render(JobShopInstance instance, JobShopSchedule schedule, ChartCaption caption) {
        Objects.requireNonNull(caption, "caption");
        return new JobShopGanttChart(instance, schedule, caption).draw();
    }

    private String draw() {
        double plotBottom = PLOT_TOP + instance.machineCount() * rowHeight;
        int legendLines = legendLines();
        double height = plotBottom + 62 + legendLines * 20 + 16;
        SvgDocument svg = new SvgDocument(LEFT + PLOT_WIDTH + RIGHT, height, STYLE);
        svg.empty("rect", "x", "0", "y", "0", "width", "100%", "height", "100%", "fill", "#ffffff");
        drawTitle(svg);
        drawRowsAndGrid(svg, plotBottom);
        drawBars(svg);
        drawCriticalPath(svg);
        drawMarkers(svg, plotBottom);
        drawLegend(svg, plotBottom + 48);
        return svg.finish();
    }

    private void drawTitle(SvgDocument svg) {
        List<String> facts = new ArrayList<>();
        facts.add(instance.jobCount() + " jobs \u00d7 " + instance.machineCount() + " machines");
        facts.add(ChartTitle.solver(caption, true));
        ChartTitle.addKnown(facts, "lower bound", caption.bound());
        ChartTitle.addKnown(facts, "best known", caption.bestKnown());
        if (!Double.isNaN(caption.gapPercent())) {
            facts.add("gap " + ResultCsv.fixed(caption.gapPercent(), 2) + "%");
        }
        facts.add("critical path " + criticalPath.size() + " operations");
        ChartTitle.draw(svg, LEFT, 32, ChartTitle.makespan(caption, makespan), facts);
    }

    private void drawRowsAndGrid(SvgDocument svg, double plotBottom) {
        svg.open("g", "id", "machines");
        for (int machine = 0; machine < instance.machineCount(); machine++) {
            double top = rowTop(machine);
            svg.empty("rect", "x", SvgDocument.number(LEFT), "y", SvgDocument.number(top), "width",
                    SvgDocument.number(PLOT_WIDTH), "height", SvgDocument.number(rowHeight), "fill",
                    machine % 2 == 0 ? "#f4f5f7" : "#ffffff");
            svg.textElement("text", "M" + machine, "class", "machine", "x", SvgDocument.number(LEFT - 10), "y",
                    SvgDocument.number(top + rowHeight / 2 + 4));
        }
        svg.close("g");
        svg.open("g", "id", "time-axis");
        long step = NiceTicks.step(makespan, 12);
        for (long tick : NiceTicks.ticks(makespan, 12)) {
            double x = x(tick);
            svg.empty("line", "x1", SvgDocument.number(x), "y1", SvgDocument.number(PLOT_TOP), "x2",
                    SvgDocument.number(x), "y2", SvgDocument.number(plotBottom + 5), "stroke", "#d9dce1",
                    "stroke-width", "1");
            if (makespan - tick >= step / 2 || tick == makespan) {
                svg.textElement("text", Long.toString(tick), "class", "tick", "x", SvgDocument.number(x), "y",
                        SvgDocument.number(plotBottom + 18));
            }
        }
        svg.empty("line", "x1", SvgDocument.number(LEFT), "y1", SvgDocument.number(plotBottom), "x2",
                SvgDocument.number(LEFT + PLOT_WIDTH), "y2", SvgDocument.number(plotBottom), "stroke", "#8a9099",
                "stroke-width", "1");
        svg.textElement("text", "time", "class", "tick", "x", SvgDocument.number(LEFT + PLOT_WIDTH), "y",
                SvgDocument.number(plotBottom + 32), "text-anchor", "end");
        svg.close("g");
    }

    private void drawBars(SvgDocument svg) {
        Set<OperationRef> critical = new HashSet<>(criticalPath);
        svg.open("g", "id", "operations");
        for (int job = 0; job < instance.jobCount(); job++) {
            String fill = palette.color(job);
            for (int k = 0; k < instance.job(job).operationCount(); k++) {
                drawBar(svg, job, k, fill, critical.contains(new OperationRef(job, k)));
            }
        }
        svg.close("g");
    }

    private void drawBar(SvgDocument svg, int job, int k, String fill, boolean critical) {
        Operation operation = instance.operation(job, k);
        int start = schedule.start(job, k);
        long end = schedule.end(instance, job, k);
        double left = x(start);
        double width = Math.max(1, x(end) - left);
        double barHeight = rowHeight * 0.72;
        double top = rowTop(operation.machine()) + (rowHeight - barHeight) / 2;
        svg.open("g", "class", "op");
        svg.textElement("title", "job J" + job + ", operation " + (k + 1) + " of " + instance.job(job).operationCount()
                + "\nmachine M" + operation.machine() + "\nstart " + start + ", end " + end + ", duration "
                + operation.duration() + (critical ? "\non the critical path" : ""));
        svg.empty("rect", "class", "bar", "x", SvgDocument.number(left), "y", SvgDocument.number(top), "width",
                SvgDocument.number(width), "height", SvgDocument.number(barHeight), "rx", "2", "fill", fill);
        String label = Integer.toString(job);
        if (width >= label.length() * 6.2 + 5 && barHeight >= 12) {
            svg.textElement("text", label, "class", "label", "x", SvgDocument.number(left + width / 2), "y",
                    SvgDocument.number(top + barHeight / 2 + 3.5), "fill", JobPalette.textOn(fill));
        }
        svg.close("g");
    }

    private void drawCriticalPath(SvgDocument svg) {
        svg.open("g", "id", "critical-path");
        svg.textElement("title", "critical path: " + criticalPath.size() + " operations with no slack between "
                + "time " + startOf(criticalPath.getFirst()) + " and the makespan " + makespan);
        for (int index = 1; index < criticalPath.size(); index++) {
            OperationRef previous = criticalPath.get(index - 1);
            OperationRef next = criticalPath.get(index);
            int fromMachine = machineOf(previous);
            int toMachine = machineOf(next);
            if (fromMachine != toMachine) {
                double x = x(startOf(next));
                double y1 = rowTop(fromMachine) + rowHeight / 2;
                double y2 = rowTop(toMachine) + rowHeight / 2;
                for (String style : List.of("halo", "link")) {
                    svg.empty("line", "class", style, "x1", SvgDocument.number(x), "y1", SvgDocument.number(y1), "x2",
                            SvgDocument.number(x), "y2", SvgDocument.number(y2));
                }
                svg.empty("circle", "cx", SvgDocument.number(x), "cy", SvgDocument.number(y2), "r", "2.6",
                        "fill", INK);
            }
        }
        double barHeight = rowHeight * 0.72;
        for (OperationRef operation : criticalPath) {
            double left = x(startOf(operation));
            double width = Math.max(1, x(schedule.end(instance, operation.job(), operation.operation())) - left);
            double top = rowTop(machineOf(operation)) + (rowHeight - barHeight) / 2;
            svg.empty("rect", "class", "critical", "x", SvgDocument.number(left), "y", SvgDocument.number(top),
                    "width", SvgDocument.number(width), "height", SvgDocument.number(barHeight), "rx", "2");
        }
        svg.close("g");
    }

    private void drawMarkers(SvgDocument svg, double plotBottom) {
        svg.open("g", "id", "markers");
        marker(svg, makespan, "makespan " + ResultCsv.number(makespan), MAKESPAN_COLOR, "", plotBottom, PLOT_TOP - 8);
        if (!Double.isNaN(caption.bestKnown()) && caption.bestKnown() < makespan && caption.bestKnown() > 0) {
            boolean crowded = x(makespan) - x(caption.bestKnown()) < 110;
            marker(svg, caption.bestKnown(), "best known " + ResultCsv.number(caption.bestKnown()), BEST_KNOWN_COLOR,
                    "5 3", plotBottom, crowded ? PLOT_TOP - 24 : PLOT_TOP - 8);
        }
        svg.close("g");
    }

    private void marker(SvgDocument svg, double time, String label, String color, String dashes, double plotBottom,
                        double labelY) {
        double x = x(time);
        svg.empty("line", "x1", SvgDocument.number(x), "y1", SvgDocument.number(labelY + 4), "x2",
                SvgDocument.number(x), "y2", SvgDocument.number(plotBottom), "stroke", color, "stroke-width", "1.6",
                "stroke-dasharray", dashes.isEmpty() ? "none" : dashes);
        svg.textElement("text", label, "class", "marker", "x", SvgDocument.number(x - 4), "y",
                SvgDocument.number(labelY), "fill", color, "text-anchor", "end");
    }

    private void drawLegend(SvgDocument svg, double top) {
        svg.open("g", "id", "legend");
        svg.textElement("text", "jobs", "class", "legend", "x", SvgDocument.number(LEFT - 10), "y",
                SvgDocument.number(top + 13), "text-anchor", "end", "font-weight", "600");
        int perLine = perLegendLine();
        for (int job = 0; job < instance.jobCount(); job++) {
            double x = LEFT + (job % perLine) * LEGEND_ENTRY_WIDTH;
            double y = top + (job / perLine) * 20.0;
            svg.empty("rect", "x", SvgDocument.number(x), "y", SvgDocument.number(y + 3), "width", "14", "height",
                    "12", "rx", "2", "fill", palette.color(job));
            svg.textElement("text", "J" + job, "class", "legend", "x", SvgDocument.number(x + 19), "y",
                    SvgDocument.number(y + 13));
        }
        int jobLines = (instance.jobCount() + perLine - 1) / perLine;
        if (legendLines() == jobLines) {
            int lastLineJobs = instance.jobCount() - (jobLines - 1) * perLine;
            drawCriticalPathKey(svg, LEFT + lastLineJobs * LEGEND_ENTRY_WIDTH + 16, top + (jobLines - 1) * 20.0);
        } else {
            drawCriticalPathKey(svg, LEFT, top + jobLines * 20.0);
        }
        svg.close("g");
    }

    private void drawCriticalPathKey(SvgDocument svg, double x, double y) {
        svg.empty("rect", "class", "critical", "x", SvgDocument.number(x + 1), "y", SvgDocument.number(y + 3),
                "width", "22", "height", "12", "rx", "2");
        svg.empty("line", "class", "link", "x1", SvgDocument.number(x + 30), "y1", SvgDocument.number(y + 2), "x2",
                SvgDocument.number(x + 30), "y2", SvgDocument.number(y + 16));
        svg.textElement("text", "critical path (" + criticalPath.size() + " operations)", "class", "legend", "x",
                SvgDocument.number(x + 38), "y", SvgDocument.number(y + 13));
    }

    private int perLegendLine() {
        return (int) Math.max(1, Math.floor(PLOT_WIDTH / LEGEND_ENTRY_WIDTH));
    }

    private int legendLines() {
        int perLine = perLegendLine();
        int jobs = instance.jobCount();
        int lines = (jobs + perLine - 1) / perLine;
        int usedOnLastLine = jobs - (lines - 1) * perLine;
        boolean keyFits = PLOT_WIDTH - usedOnLastLine * LEGEND_ENTRY_WIDTH - 16 >= CRITICAL_KEY_WIDTH;
        return keyFits ? lines : lines + 1;
    }

    private double x(double time) {
        return LEFT + PLOT_WIDTH * time / makespan;
    }

    private double rowTop(int machine) {
        return PLOT_TOP + machine * rowHeight;
    }

    private int machineOf(OperationRef operation) {
        return instance.operation(operation.job(), operation.operation()).machine();
    }

    private int startOf(OperationRef operation) {
        return schedule.start(operation.job(), operation.operation());
    }
}

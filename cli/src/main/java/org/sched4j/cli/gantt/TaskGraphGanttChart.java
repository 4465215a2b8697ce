package org.sched4j.cli.gantt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sched4j.cli.run.ResultCsv;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Draws a task-graph schedule as an SVG Gantt chart: one row per processor, one bar per task (coloured per task and
 * labelled with its name where it fits), and an arrow for every data transfer between two processors, from the end
 * of the producing task to the moment the data arrives on the consumer's row. A title gives the result with the
 * schedule length ratio and speedup (Topcuoglu et al. 2002); every bar and arrow has a tooltip.
 */
public final class TaskGraphGanttChart {

    private static final double PLOT_WIDTH = 1200;
    private static final double LEFT = 110;
    private static final double RIGHT = 40;
    private static final double PLOT_TOP = 80;
    private static final String STYLE = ChartTitle.STYLE + """
            .processor { font-size: 11.5px; fill: #3d434a; text-anchor: end; }
            .tick { font-size: 10.5px; fill: #6b7178; text-anchor: middle; }
            .bar { stroke: #ffffff; stroke-width: 0.75; }
            .task:hover .bar { stroke: #000000; stroke-width: 1.5; }
            .label { font-size: 10px; text-anchor: middle; pointer-events: none; }
            .transfer { stroke: #333a44; stroke-width: 1.1; stroke-opacity: 0.7; fill: none; }""";

    private final TaskGraphInstance instance;
    private final TaskGraphSchedule schedule;
    private final ChartCaption caption;
    private final double makespan;
    private final double rowHeight;
    private final JobPalette palette;

    private TaskGraphGanttChart(TaskGraphInstance instance, TaskGraphSchedule schedule, ChartCaption caption) {
        this.instance = instance;
        this.schedule = schedule;
        this.caption = caption;
        this.makespan = Math.max(1e-9, schedule.makespan(instance));
        this.rowHeight = Math.clamp(480.0 / instance.processorCount(), 22, 48);
        this.palette = new JobPalette(instance.taskCount());
    }

    /** The chart of {@code schedule}, a feasible schedule of {@code instance}, as SVG text. */
    public static String render(TaskGraphInstance instance, TaskGraphSchedule schedule, ChartCaption caption) {
        Objects.requireNonNull(caption, "caption");
        return new TaskGraphGanttChart(instance, schedule, caption).draw();
    }

    private String draw() {
        double plotBottom = PLOT_TOP + instance.processorCount() * rowHeight;
        SvgDocument svg = new SvgDocument(LEFT + PLOT_WIDTH + RIGHT, plotBottom + 50, STYLE);
        svg.empty("rect", "x", "0", "y", "0", "width", "100%", "height", "100%", "fill", "#ffffff");
        svg.open("defs");
        svg.open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5", "markerWidth", "6",
                "markerHeight", "6", "orient", "auto-start-reverse");
        svg.empty("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", "#333a44");
        svg.close("marker");
        svg.close("defs");
        drawTitle(svg);
        drawRows(svg, plotBottom);
        drawBars(svg);
        drawTransfers(svg);
        return svg.finish();
    }

    private void drawTitle(SvgDocument svg) {
        List<String> facts = new ArrayList<>();
        facts.add(instance.taskCount() + " tasks \u00d7 " + instance.processorCount() + " processors");
        facts.add(ChartTitle.solver(caption, false));
        facts.add("SLR " + ResultCsv.fixed(TaskGraphMetrics.scheduleLengthRatio(instance, makespan), 3));
        facts.add("speedup " + ResultCsv.fixed(TaskGraphMetrics.speedup(instance, makespan), 3));
        ChartTitle.addKnown(facts, "best known", caption.bestKnown());
        ChartTitle.draw(svg, LEFT, 32, ChartTitle.makespan(caption, makespan), facts);
    }

    private void drawRows(SvgDocument svg, double plotBottom) {
        for (int p = 0; p < instance.processorCount(); p++) {
            double top = rowTop(p);
            svg.empty("rect", "x", SvgDocument.number(LEFT), "y", SvgDocument.number(top), "width",
                    SvgDocument.number(PLOT_WIDTH), "height", SvgDocument.number(rowHeight), "fill",
                    p % 2 == 0 ? "#f4f5f7" : "#ffffff");
            svg.textElement("text", instance.processorNames().get(p), "class", "processor", "x",
                    SvgDocument.number(LEFT - 10), "y", SvgDocument.number(top + rowHeight / 2 + 4));
        }
        long axisEnd = (long) Math.ceil(makespan);
        for (long tick : NiceTicks.ticks(axisEnd, 12)) {
            svg.textElement("text", Long.toString(tick), "class", "tick", "x", SvgDocument.number(x(tick)), "y",
                    SvgDocument.number(plotBottom + 18));
        }
    }

    private void drawBars(SvgDocument svg) {
        for (int task = 0; task < instance.taskCount(); task++) {
            int p = schedule.processor(task);
            double left = x(schedule.start(task));
            double width = Math.max(1, x(schedule.finish(instance, task)) - left);
            double barHeight = rowHeight * 0.7;
            double top = rowTop(p) + (rowHeight - barHeight) / 2;
            String fill = palette.color(task);
            String name = instance.taskNames().get(task);
            svg.open("g", "class", "task");
            svg.textElement("title", "task " + name + " on " + instance.processorNames().get(p) + "\nstart "
                    + ResultCsv.number(schedule.start(task)) + ", finish "
                    + ResultCsv.number(schedule.finish(instance, task)));
            svg.empty("rect", "class", "bar", "x", SvgDocument.number(left), "y", SvgDocument.number(top), "width",
                    SvgDocument.number(width), "height", SvgDocument.number(barHeight), "rx", "2", "fill", fill);
            if (width >= name.length() * 6.2 + 4) {
                svg.textElement("text", name, "class", "label", "x", SvgDocument.number(left + width / 2), "y",
                        SvgDocument.number(top + barHeight / 2 + 3.5), "fill", JobPalette.textOn(fill));
            }
            svg.close("g");
        }
    }

    private void drawTransfers(SvgDocument svg) {
        svg.open("g", "id", "transfers");
        for (DataEdge edge : instance.edges()) {
            int from = schedule.processor(edge.source());
            int to = schedule.processor(edge.target());
            double transfer = instance.communication(edge, from, to);
            if (from == to || transfer <= 0) {
                continue;
            }
            double sent = schedule.finish(instance, edge.source());
            svg.open("g");
            svg.textElement("title", instance.taskNames().get(edge.source()) + " \u2192 "
                    + instance.taskNames().get(edge.target()) + ": transfer " + ResultCsv.number(transfer)
                    + " from " + ResultCsv.number(sent));
            svg.empty("line", "class", "transfer", "x1", SvgDocument.number(x(sent)), "y1",
                    SvgDocument.number(rowTop(from) + rowHeight / 2), "x2", SvgDocument.number(x(sent + transfer)),
                    "y2", SvgDocument.number(rowTop(to) + rowHeight / 2), "marker-end", "url(#arrow)");
            svg.close("g");
        }
        svg.close("g");
    }

    private double rowTop(int processor) {
        return PLOT_TOP + processor * rowHeight;
    }

    private double x(double time) {
        return LEFT + PLOT_WIDTH * time / makespan;
    }
}

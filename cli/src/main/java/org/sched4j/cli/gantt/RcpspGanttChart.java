package org.sched4j.cli.gantt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.ResourceAvailability;

/**
 * Draws an RCPSP schedule as an SVG: a Gantt chart with one row per activity of positive duration (bars with a tooltip
 * of start, end, duration and demands), then one resource-usage profile per resource: the usage as a filled step
 * curve, the capacity (downtimes subtracted) as a step line, downtimes shaded. A shared time axis with round ticks and
 * the makespan as a vertical line. Self-contained SVG, no scripts.
 */
public final class RcpspGanttChart {

    private static final double PLOT_WIDTH = 1100;
    private static final double LEFT = 90;
    private static final double RIGHT = 40;
    private static final double TOP = 80;
    private static final double PROFILE_HEIGHT = 90;
    private static final double PROFILE_GAP = 26;
    private static final String STYLE = ChartTitle.STYLE + """
            .row { font-size: 9.5px; fill: #3d434a; text-anchor: end; }
            .tick { font-size: 10.5px; fill: #6b7178; text-anchor: middle; }
            .bar { stroke: #ffffff; stroke-width: 0.5; }
            .usage { fill: #4a78c2; fill-opacity: 0.55; stroke: #2f5597; stroke-width: 1; }
            .capacity { fill: none; stroke: #c0392b; stroke-width: 1.6; }
            .downtime { fill: #999999; fill-opacity: 0.25; }""";

    private final RcpspInstance instance;
    private final RcpspSchedule schedule;
    private final ChartCaption caption;
    private final List<Integer> rows = new ArrayList<>();
    private final long makespan;
    private final double rowHeight;
    private final JobPalette palette;

    private RcpspGanttChart(RcpspInstance instance, RcpspSchedule schedule, ChartCaption caption) {
        this.instance = instance;
        this.schedule = schedule;
        this.caption = caption;
        for (int i = 0; i < instance.activityCount(); i++) {
            if (instance.duration(i) > 0) {
                rows.add(i);
            }
        }
        this.makespan = Math.max(1, schedule.makespan(instance));
        this.rowHeight = Math.clamp(480.0 / Math.max(1, rows.size()), 5, 20);
        this.palette = new JobPalette(Math.max(1, instance.activityCount()));
    }

    /**
     * The chart of {@code schedule} as SVG text.
     *
     * @param schedule a feasible schedule of {@code instance}
     */
    public static String render(RcpspInstance instance, RcpspSchedule schedule, ChartCaption caption) {
        Objects.requireNonNull(caption, "caption");
        return new RcpspGanttChart(instance, schedule, caption).draw();
    }

    private String draw() {
        double ganttBottom = TOP + rows.size() * rowHeight;
        double profilesTop = ganttBottom + 34;
        double height = profilesTop + instance.resourceCount() * (PROFILE_HEIGHT + PROFILE_GAP) + 20;
        SvgDocument svg = new SvgDocument(LEFT + PLOT_WIDTH + RIGHT, height, STYLE);
        svg.empty("rect", "x", "0", "y", "0", "width", "100%", "height", "100%", "fill", "#ffffff");
        drawTitle(svg);
        drawAxis(svg, ganttBottom, height - 20);
        drawBars(svg);
        for (int r = 0; r < instance.resourceCount(); r++) {
            drawProfile(svg, r, profilesTop + r * (PROFILE_HEIGHT + PROFILE_GAP));
        }
        double x = x(schedule.makespan(instance));
        svg.empty("line", "x1", SvgDocument.number(x), "y1", SvgDocument.number(TOP), "x2", SvgDocument.number(x),
                "y2", SvgDocument.number(height - 20), "stroke", "#c0392b", "stroke-width", "1.5",
                "stroke-dasharray", "5 3");
        return svg.finish();
    }

    private void drawTitle(SvgDocument svg) {
        List<String> facts = new ArrayList<>();
        facts.add(instance.activityCount() + " activities \u00d7 " + instance.resourceCount() + " resources");
        facts.add(ChartTitle.solver(caption, false));
        ChartTitle.addKnown(facts, "lower bound", caption.bound());
        ChartTitle.addKnown(facts, "best known", caption.bestKnown());
        ChartTitle.draw(svg, LEFT, 30, ChartTitle.makespan(caption, makespan), facts);
    }

    private void drawAxis(SvgDocument svg, double ganttBottom, double bottom) {
        svg.open("g", "id", "time-axis");
        for (long tick : NiceTicks.ticks(makespan, 12)) {
            double x = x(tick);
            svg.empty("line", "x1", SvgDocument.number(x), "y1", SvgDocument.number(TOP), "x2", SvgDocument.number(x),
                    "y2", SvgDocument.number(bottom), "stroke", "#e3e5e9", "stroke-width", "1");
            svg.textElement("text", Long.toString(tick), "class", "tick", "x", SvgDocument.number(x), "y",
                    SvgDocument.number(ganttBottom + 16));
        }
        svg.close("g");
    }

    private void drawBars(SvgDocument svg) {
        svg.open("g", "id", "activities");
        for (int row = 0; row < rows.size(); row++) {
            int activity = rows.get(row);
            double top = TOP + row * rowHeight;
            if (rowHeight >= 9) {
                svg.textElement("text", instance.activity(activity).name(), "class", "row", "x",
                        SvgDocument.number(LEFT - 6), "y", SvgDocument.number(top + rowHeight - 2));
            }
            svg.open("g");
            svg.textElement("title", "activity " + activity + " (" + instance.activity(activity).name() + "): ["
                    + schedule.start(activity) + ", " + schedule.end(instance, activity) + "), duration "
                    + instance.duration(activity) + ", demands " + instance.activity(activity).demands());
            svg.empty("rect", "class", "bar", "x", SvgDocument.number(x(schedule.start(activity))), "y",
                    SvgDocument.number(top + 0.5), "width",
                    SvgDocument.number(x(schedule.end(instance, activity)) - x(schedule.start(activity))),
                    "height", SvgDocument.number(Math.max(1, rowHeight - 1)), "fill", palette.color(activity));
            svg.close("g");
        }
        svg.close("g");
    }

    private void drawProfile(SvgDocument svg, int resource, double top) {
        ResourceAvailability availability = ResourceAvailability.of(instance);
        int capacity = instance.capacity(resource);
        TreeMap<Long, Integer> changes = new TreeMap<>();
        changes.put(0L, 0);
        changes.put(makespan, 0);
        for (int i = 0; i < instance.activityCount(); i++) {
            if (instance.duration(i) > 0 && instance.demand(i, resource) > 0) {
                changes.merge((long) schedule.start(i), instance.demand(i, resource), Integer::sum);
                changes.merge(schedule.end(instance, i), -instance.demand(i, resource), Integer::sum);
            }
        }
        double scale = PROFILE_HEIGHT / Math.max(1, capacity);
        double bottom = top + PROFILE_HEIGHT;
        svg.open("g", "id", "resource-" + resource);
        svg.textElement("text", instance.resources().get(resource).name() + " (" + capacity + ")", "class", "row",
                "x", SvgDocument.number(LEFT - 6), "y", SvgDocument.number(top + PROFILE_HEIGHT / 2));
        for (ResourceAvailability.ReducedStretch stretch : availability.reducedStretches(resource)) {
            if (stretch.start() < makespan) {
                double end = x(Math.min(stretch.end(), makespan));
                svg.empty("rect", "class", "downtime", "x", SvgDocument.number(x(stretch.start())), "y",
                        SvgDocument.number(top), "width", SvgDocument.number(end - x(stretch.start())), "height",
                        SvgDocument.number(PROFILE_HEIGHT));
            }
        }
        StringBuilder usage = new StringBuilder("M" + SvgDocument.number(x(0)) + " " + SvgDocument.number(bottom));
        int level = 0;
        for (var change : changes.entrySet()) {
            double x = x(change.getKey());
            usage.append(" L").append(SvgDocument.number(x)).append(' ')
                    .append(SvgDocument.number(bottom - level * scale));
            level += change.getValue();
            usage.append(" L").append(SvgDocument.number(x)).append(' ')
                    .append(SvgDocument.number(bottom - level * scale));
        }
        usage.append(" Z");
        svg.empty("path", "class", "usage", "d", usage.toString());
        svg.empty("path", "class", "capacity", "d", capacityPath(availability, resource, bottom, scale));
        svg.empty("line", "x1", SvgDocument.number(x(0)), "y1", SvgDocument.number(bottom), "x2",
                SvgDocument.number(x(makespan)), "y2", SvgDocument.number(bottom), "stroke", "#6b7178");
        svg.close("g");
    }

    private String capacityPath(ResourceAvailability availability, int resource, double bottom, double scale) {
        StringBuilder path = new StringBuilder();
        int[] times = availability.changeTimes(resource);
        for (int k = 0; k < times.length && times[k] <= makespan; k++) {
            double y = bottom - availability.capacityAt(resource, times[k]) * scale;
            path.append(k == 0 ? "M" : " L").append(SvgDocument.number(x(times[k]))).append(' ')
                    .append(SvgDocument.number(k == 0 ? y : bottom - availability.capacityAt(resource,
                            times[k] - 1L) * scale));
            if (k > 0) {
                path.append(" L").append(SvgDocument.number(x(times[k]))).append(' ').append(SvgDocument.number(y));
            }
        }
        path.append(" L").append(SvgDocument.number(x(makespan))).append(' ').append(SvgDocument.number(
                bottom - availability.capacityAt(resource, makespan) * scale));
        return path.toString();
    }

    private double x(long time) {
        return LEFT + PLOT_WIDTH * time / makespan;
    }
}

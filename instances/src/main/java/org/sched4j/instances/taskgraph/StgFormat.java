package org.sched4j.instances.taskgraph;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.ProcessorNetwork;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * Kasahara's Standard Task Graph format ({@code .stg}; Tobita &amp; Kasahara, "A standard task graph set for fair
 * evaluation of multiprocessor scheduling algorithms", J. Scheduling 5(5), 2002): a line {@code n}, then
 * {@code n + 2} lines {@code id time #predecessors predecessors...}, task 0 and task {@code n + 1} being zero-time
 * dummies; {@code #} lines are comments. The processors are identical and communication is free.
 *
 * <p>The file does not say how many processors there are: the format reads one instance per processor count,
 * named {@code rand0000@P4}. The registered format uses the published set's counts 2, 4, 8 and 16; the option
 * {@code processors=N} (the command line's {@code --processors N}) reads only {@code N}. The dummy tasks are
 * left out. When the file lies in the STG distribution's layout, the published optimum of each count is read from
 * {@code ../optimal/Case<n>_<P>_OPT.csv} (rows {@code 50/rand0000.stg,4,66}) and attached as a proven bound; for
 * the cases open at publication the table's lower bound and best known makespan are attached.
 */
public final class StgFormat implements InstanceFormat<TaskGraphInstance> {

    /** The processor counts of the published STG optima. */
    public static final List<Integer> PUBLISHED_PROCESSOR_COUNTS = List.of(2, 4, 8, 16);

    private final List<Integer> processorCounts;

    /** The format with the published processor counts 2, 4, 8 and 16. */
    public StgFormat() {
        this(PUBLISHED_PROCESSOR_COUNTS);
    }

    /**
     * The format reading one instance per count in {@code processorCounts}.
     *
     * @throws IllegalArgumentException when a count is below 1 or none is given
     */
    public StgFormat(List<Integer> processorCounts) {
        this.processorCounts = List.copyOf(processorCounts);
        if (this.processorCounts.isEmpty() || this.processorCounts.stream().anyMatch(count -> count < 1)) {
            throw new IllegalArgumentException("processor counts must be at least 1, got " + processorCounts);
        }
    }

    @Override
    public String name() {
        return "stg";
    }

    @Override
    public ProblemType<TaskGraphInstance, ?> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return "Kasahara Standard Task Graph (.stg): identical processors (format option processors=N; default 2, 4, 8, 16), "
                + "no communication";
    }

    @Override
    public boolean recognizes(String fileName, String head) {
        return InstanceFormat.extension(fileName).equals("stg");
    }

    /** Reads {@code processors=N} (one count) or {@code processors=2,4} (several). */
    @Override
    public InstanceFormat<TaskGraphInstance> configure(Map<String, String> options) {
        String value = options.get("processors");
        if (value == null) {
            return this;
        }
        try {
            return new StgFormat(Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("processors must be positive integers, got '" + value + "'");
        }
    }

    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Reader reader, String sourceName) {
        StgGraph graph = parse(DataLineReader.read(reader, sourceName));
        String baseName = InstanceFormat.baseName(sourceName);
        return processorCounts.stream().map(count -> new ParsedInstance<>(baseName + "@P" + count,
                graph.on(baseName + "@P" + count, count), BestKnown.unknown(baseName + "@P" + count))).toList();
    }

    /** Reads the file and attaches the published optima found beside it (see the class comment). */
    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Path file) {
        List<ParsedInstance<TaskGraphInstance>> parsed = InstanceFormat.super.read(file);
        List<ParsedInstance<TaskGraphInstance>> withOptima = new ArrayList<>();
        for (int index = 0; index < parsed.size(); index++) {
            ParsedInstance<TaskGraphInstance> instance = parsed.get(index);
            Optional<BestKnown> bounds = StgOptima.lookup(instance.name(), file, instance.instance().taskCount(),
                    processorCounts.get(index));
            withOptima.add(bounds.map(known -> new ParsedInstance<>(instance.name(), instance.instance(), known))
                    .orElse(instance));
        }
        return withOptima;
    }

    private static StgGraph parse(DataLineReader lines) {
        DataLine header = lines.require("the number of tasks n");
        header.requireSize(1, "the number of tasks n");
        int tasks = header.intAt(0, 1, 1_000_000, "the number of tasks n");
        double[] times = new double[tasks];
        List<DataEdge> edges = new ArrayList<>();
        for (int id = 0; id <= tasks + 1; id++) {
            DataLine line = lines.require("the line of task " + id + " of " + (tasks + 1));
            if (line.size() < 3) {
                line.requireSize(3, "numbers 'id time #predecessors' for task " + id);
            }
            line.intAt(0, id, id, "task id " + id);
            long time = line.longAt(1, 0, Integer.MAX_VALUE, "the processing time of task " + id);
            int predecessorCount = line.intAt(2, 0, tasks + 1, "the number of predecessors of task " + id);
            line.requireSize(3 + predecessorCount, predecessorCount + " predecessors of task " + id);
            boolean dummy = id == 0 || id == tasks + 1;
            if (dummy && time != 0) {
                throw line.errorAt(1, "expected 0 for the dummy task " + id + ", found " + time);
            }
            if (!dummy) {
                times[id - 1] = time;
            }
            for (int k = 0; k < predecessorCount; k++) {
                int predecessor = line.intAt(3 + k, 0, Math.max(0, id - 1), "a predecessor of task " + id
                        + " (a smaller id)");
                if (!dummy && predecessor > 0) {
                    edges.add(new DataEdge(predecessor - 1, id - 1, 0));
                }
            }
        }
        lines.next().ifPresent(extra -> {
            throw extra.error("expected nothing after task " + (tasks + 1) + " but comments, found '"
                    + extra.text().strip() + "'");
        });
        return new StgGraph(times, edges);
    }

    /** The graph of one file, before a processor count is chosen. */
    private record StgGraph(double[] times, List<DataEdge> edges) {

        TaskGraphInstance on(String name, int processors) {
            double[][] costs = new double[times.length][processors];
            for (int task = 0; task < times.length; task++) {
                Arrays.fill(costs[task], times[task]);
            }
            return new TaskGraphInstance(name, IntStream.rangeClosed(1, times.length).mapToObj(id -> "t" + id).toList(),
                    IntStream.range(0, processors).mapToObj(p -> "P" + p).toList(), costs, edges,
                    ProcessorNetwork.uniform(processors));
        }
    }
}

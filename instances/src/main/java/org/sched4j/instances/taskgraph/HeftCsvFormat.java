package org.sched4j.instances.taskgraph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.FolderInstanceFormat;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.ProcessorNetwork;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * The two CSV files of the HEFT paper's example, as the widely used Python HEFT implementations ship them: a folder
 * holding {@code <name>_task_exe_time.csv} (header {@code TP,P_0,P_1,...}, then per task its name and its cost on
 * each processor; {@code inf} or {@code -} for a processor that cannot run it) and
 * {@code <name>_task_connectivity.csv} (header {@code T,T0,T1,...}, then the square matrix of communication costs,
 * row = source, column = target, 0 = no edge). The processors are linked with bandwidth 1 and no latency, so a
 * connectivity entry is the transfer time between two processors. The instance is named after the folder.
 */
public final class HeftCsvFormat implements FolderInstanceFormat<TaskGraphInstance> {

    private static final String COSTS_SUFFIX = "_task_exe_time.csv";
    private static final String EDGES_SUFFIX = "_task_connectivity.csv";

    @Override
    public String name() {
        return "heft-csv";
    }

    @Override
    public ProblemType<TaskGraphInstance, ?> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return "HEFT paper CSV pair: a folder with *_task_exe_time.csv and *_task_connectivity.csv";
    }

    @Override
    public boolean recognizesFolder(Path folder) {
        return fileEnding(folder, COSTS_SUFFIX).isPresent() && fileEnding(folder, EDGES_SUFFIX).isPresent();
    }

    /**
     * Always fails: the instance is a folder of two files, read with {@link #read(Path)}.
     *
     * @throws InstanceFormatException naming {@code sourceName}
     */
    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Reader reader, String sourceName) {
        throw new InstanceFormatException(sourceName, 0, 0, "expected a folder holding *" + COSTS_SUFFIX + " and *"
                + EDGES_SUFFIX + ", found a single file");
    }

    @Override
    public List<ParsedInstance<TaskGraphInstance>> read(Path folder) {
        Path costsFile = fileEnding(folder, COSTS_SUFFIX).orElseThrow(() -> new InstanceFormatException(
                folder.getFileName().toString(), 0, 0, "expected a file *" + COSTS_SUFFIX + " in the folder"));
        Path edgesFile = fileEnding(folder, EDGES_SUFFIX).orElseThrow(() -> new InstanceFormatException(
                folder.getFileName().toString(), 0, 0, "expected a file *" + EDGES_SUFFIX + " in the folder"));
        List<CSVRecord> costRows = records(costsFile);
        List<CSVRecord> edgeRows = records(edgesFile);
        String costSource = costsFile.getFileName().toString();
        if (costRows.size() < 2) {
            throw new InstanceFormatException(costSource, costRows.size() + 1, 0,
                    "expected a header 'TP,P_0,...' and a row per task");
        }
        List<String> processors = costRows.getFirst().stream().skip(1).map(String::strip).toList();
        List<String> tasks = new ArrayList<>();
        double[][] costs = new double[costRows.size() - 1][];
        for (int row = 1; row < costRows.size(); row++) {
            CSVRecord record = costRows.get(row);
            requireFields(record, processors.size() + 1, costSource, "a task name and " + processors.size() + " costs");
            tasks.add(record.get(0).strip());
            costs[row - 1] = IntStream.rangeClosed(1, processors.size())
                    .mapToDouble(field -> cost(record, field, costSource)).toArray();
        }
        List<DataEdge> edges = readEdges(edgeRows, tasks.size(), edgesFile.getFileName().toString());
        String name = folder.getFileName().toString();
        try {
            TaskGraphInstance instance = new TaskGraphInstance(name, tasks, processors, costs, edges,
                    ProcessorNetwork.uniform(processors.size()));
            return List.of(new ParsedInstance<>(name, instance, BestKnown.unknown(name)));
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(name, 0, 0, e.getMessage());
        }
    }

    private static List<DataEdge> readEdges(List<CSVRecord> rows, int tasks, String source) {
        if (rows.size() != tasks + 1) {
            throw new InstanceFormatException(source, Math.max(1, rows.size()), 0, "expected a header and "
                    + tasks + " rows (one per task of the cost file), found " + Math.max(0, rows.size() - 1) + " rows");
        }
        List<DataEdge> edges = new ArrayList<>();
        for (int row = 1; row <= tasks; row++) {
            CSVRecord record = rows.get(row);
            requireFields(record, tasks + 1, source, "a task name and " + tasks + " communication costs");
            for (int column = 1; column <= tasks; column++) {
                double volume = number(record, column, source, "a communication cost (0 = no edge)");
                if (volume < 0) {
                    throw error(record, column, source, "expected a communication cost of at least 0, found "
                            + record.get(column));
                }
                if (volume > 0) {
                    edges.add(new DataEdge(row - 1, column - 1, volume));
                }
            }
        }
        return edges;
    }

    private static double cost(CSVRecord record, int field, String source) {
        String text = record.get(field).strip();
        if (text.equalsIgnoreCase("inf") || text.equals("-")) {
            return TaskGraphInstance.CANNOT_RUN;
        }
        double value = number(record, field, source, "a cost (or inf)");
        if (value < 0 || Double.isInfinite(value)) {
            throw error(record, field, source, "expected a cost of at least 0, found " + text);
        }
        return value;
    }

    private static double number(CSVRecord record, int field, String source, String what) {
        try {
            return Double.parseDouble(record.get(field).strip());
        } catch (NumberFormatException e) {
            throw error(record, field, source, "expected " + what + ", found '" + record.get(field) + "'");
        }
    }

    private static void requireFields(CSVRecord record, int expected, String source, String what) {
        if (record.size() != expected) {
            throw new InstanceFormatException(source, line(record), 0, "expected " + expected + " fields (" + what
                    + "), found " + record.size());
        }
    }

    private static InstanceFormatException error(CSVRecord record, int field, String source, String problem) {
        int column = 1;
        for (int before = 0; before < field; before++) {
            column += record.get(before).length() + 1;
        }
        return new InstanceFormatException(source, line(record), column, problem);
    }

    private static int line(CSVRecord record) {
        return (int) record.getRecordNumber();
    }

    private static List<CSVRecord> records(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> fileEnding(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}

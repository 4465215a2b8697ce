package org.sched4j.instances.podpacking;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.podpacking.GpuRequest;

/**
 * The node and pod lists of the Alibaba cluster trace {@code openb} (2023; Weng et al., "Beware of Fragmentation:
 * Scheduling GPU-Sharing Workloads with Fragmentation Gradient Descent", USENIX ATC 2023), read as they are.
 *
 * <p>{@value #NODE_FILE}: {@code sn,cpu_milli,memory_mib,gpu,model} — a node's CPU in millicores, memory in MiB, GPU
 * devices and their model ({@code G2}, {@code T4}, {@code V100M16}, ...; empty without GPUs).
 *
 * <p>{@value #POD_FILE}: {@code name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,...}.
 * The GPU columns map onto {@link GpuRequest} as the trace's simulator reads them:
 * <ul>
 *   <li>{@code num_gpu} 0 (then {@code gpu_milli} must be 0): no GPU;</li>
 *   <li>{@code gpu_milli} 1000: {@code num_gpu} whole devices ({@link GpuRequest#whole});</li>
 *   <li>{@code num_gpu} 1 with {@code gpu_milli} 1 to 999: a share of one device, in thousandths
 *       ({@link GpuRequest#share}); a share of several devices is rejected (the trace has none);</li>
 *   <li>{@code gpu_spec}: the accepted GPU models separated by {@code |} ({@code V100M16|V100M32}); empty for any
 *       model. (Every row of the published {@code openb_pod_list_default.csv} leaves it empty; the trace's
 *       {@code gpuspec} variants name models for a share of the pods.)</li>
 * </ul>
 * {@code qos} is one of {@code Guaranteed}, {@code LS} (latency-sensitive), {@code Burstable}, {@code BE} (best
 * effort); {@code pod_phase} and the times other than {@code creation_time} are not read.
 *
 * <p>Errors name {@code file:line:column} of the offending cell (line 1 is the header).
 *
 * @param nodes the nodes, in file order
 * @param pods  the pods, in file order
 */
public record OpenbTrace(List<TraceNode> nodes, List<TracePod> pods) {

    /** The node list's file name. */
    public static final String NODE_FILE = "openb_node_list_all_node.csv";
    /** The pod list's file name. */
    public static final String POD_FILE = "openb_pod_list_default.csv";
    /** The QoS classes of the trace. */
    public static final Set<String> QOS_CLASSES = Set.of("Guaranteed", "LS", "Burstable", "BE");

    private static final long BYTES_PER_MIB = 1L << 20;

    /**
     * A node of the trace.
     *
     * @param name        {@code sn}
     * @param cpuMillis   {@code cpu_milli}
     * @param memoryBytes {@code memory_mib} in bytes
     * @param gpus        {@code gpu}, the devices
     * @param gpuModel    {@code model}; empty without GPUs
     */
    public record TraceNode(String name, long cpuMillis, long memoryBytes, int gpus, String gpuModel) {
    }

    /**
     * A pod of the trace.
     *
     * @param name         {@code name}
     * @param cpuMillis    {@code cpu_milli}
     * @param memoryBytes  {@code memory_mib} in bytes
     * @param gpu          {@code num_gpu}, {@code gpu_milli} and {@code gpu_spec} as a request
     * @param qos          {@code qos}
     * @param creationTime {@code creation_time}, in seconds
     */
    public record TracePod(String name, long cpuMillis, long memoryBytes, GpuRequest gpu, String qos,
                           long creationTime) {
    }

    public OpenbTrace {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        pods = List.copyOf(Objects.requireNonNull(pods, "pods"));
    }

    /**
     * Reads {@value #NODE_FILE} and {@value #POD_FILE} of {@code folder}.
     *
     * @throws InstanceFormatException when a file is malformed or empty, at the offending cell
     * @throws UncheckedIOException    when a file cannot be read
     */
    public static OpenbTrace read(Path folder) {
        return new OpenbTrace(readNodes(folder.resolve(NODE_FILE)), readPods(folder.resolve(POD_FILE)));
    }

    private static List<TraceNode> readNodes(Path file) {
        List<TraceNode> nodes = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            Cells cells = new Cells(file, row);
            int gpus = Math.toIntExact(cells.number("gpu", 0, 1024));
            String model = cells.text("model");
            if (gpus > 0 && model.isEmpty()) {
                throw cells.error("model", "expected the GPU model of a node with " + gpus + " GPUs, found none");
            }
            nodes.add(new TraceNode(cells.text("sn"), cells.number("cpu_milli", 0, Long.MAX_VALUE),
                    cells.number("memory_mib", 0, Long.MAX_VALUE / BYTES_PER_MIB) * BYTES_PER_MIB, gpus,
                    gpus == 0 ? "" : model));
        }
        if (nodes.isEmpty()) {
            throw new InstanceFormatException(file.getFileName().toString(), 0, 0, "expected nodes, found none");
        }
        return nodes;
    }

    private static List<TracePod> readPods(Path file) {
        List<TracePod> pods = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            Cells cells = new Cells(file, row);
            String qos = cells.text("qos");
            if (!QOS_CLASSES.contains(qos)) {
                throw cells.error("qos", "expected a qos of " + QOS_CLASSES + ", found '" + qos + "'");
            }
            pods.add(new TracePod(cells.text("name"), cells.number("cpu_milli", 0, Long.MAX_VALUE),
                    cells.number("memory_mib", 0, Long.MAX_VALUE / BYTES_PER_MIB) * BYTES_PER_MIB, gpu(cells), qos,
                    cells.number("creation_time", Long.MIN_VALUE, Long.MAX_VALUE)));
        }
        if (pods.isEmpty()) {
            throw new InstanceFormatException(file.getFileName().toString(), 0, 0, "expected pods, found none");
        }
        return pods;
    }

    private static GpuRequest gpu(Cells cells) {
        int devices = Math.toIntExact(cells.number("num_gpu", 0, 1024));
        int milli = Math.toIntExact(cells.number("gpu_milli", 0, 1000));
        if (devices == 0) {
            if (milli != 0) {
                throw cells.error("gpu_milli", "expected gpu_milli 0 for a pod without GPUs, found " + milli);
            }
            return GpuRequest.NONE;
        }
        if (milli == 0) {
            throw cells.error("gpu_milli", "expected gpu_milli 1 to 1000 for a pod with " + devices + " GPUs, found 0");
        }
        if (devices > 1 && milli < 1000) {
            throw cells.error("gpu_milli", "expected gpu_milli 1000 for a pod with " + devices + " GPUs (a share "
                    + "takes one device), found " + milli);
        }
        Set<String> models = new LinkedHashSet<>();
        String spec = cells.text("gpu_spec");
        if (!spec.isEmpty()) {
            for (String model : spec.split("\\|", -1)) {
                if (model.isBlank()) {
                    throw cells.error("gpu_spec", "expected GPU models separated by '|', found '" + spec + "'");
                }
                models.add(model.strip());
            }
        }
        return new GpuRequest(devices, milli, models);
    }

    private static List<CSVRecord> rows(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InstanceFormatException(file.getFileName().toString(), 1, 0, "malformed CSV: " + e.getMessage());
        }
    }

    /** The cells of one row, with errors at a cell's line and column (unquoted cells, one line per row). */
    private record Cells(Path file, CSVRecord row) {

        String text(String column) {
            if (!row.isMapped(column)) {
                throw new InstanceFormatException(file.getFileName().toString(), 1, 0, "expected a column "
                        + column + " in the header " + row.getParser().getHeaderNames());
            }
            if (!row.isSet(column)) {
                throw error(null, "expected a value in column " + column + ", found a short row");
            }
            return row.get(column).strip();
        }

        long number(String column, long min, long max) {
            String value = text(column);
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(column, "expected an integer " + column + ", found '" + value + "'");
            }
            if (number < min || number > max) {
                throw error(column, "expected " + column + " in [" + min + ", " + max + "], found " + number);
            }
            return number;
        }

        InstanceFormatException error(String column, String problem) {
            int line = (int) row.getRecordNumber() + 1;
            return new InstanceFormatException(file.getFileName().toString(), line, column == null ? 0
                    : columnOf(column), problem);
        }

        /** The character column (from 1) where {@code column}'s cell starts. */
        private int columnOf(String column) {
            Map<String, Integer> header = row.getParser().getHeaderMap();
            int index = header.getOrDefault(column, 0);
            String[] values = row.values();
            return 1 + Arrays.stream(values, 0, Math.min(index, values.length)).mapToInt(v -> v.length() + 1).sum();
        }
    }
}

package org.sched4j.instances.taillard;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopProblem;

/**
 * Taillard's own job-shop format (E. Taillard, "Benchmarks for basic scheduling problems", EJOR 64, 1993): a file
 * holds one or more instances, each
 * <pre>
 * Nb of jobs, Nb of Machines, Time seed, Machine seed, Upper bound, Lower bound
 *   n  m  timeSeed  machineSeed  upperBound  lowerBound
 * Times
 *   n rows of m durations
 * Machines
 *   n rows of m machines, numbered from 1
 * </pre>
 * Blank lines and lines starting with {@code #} are skipped; any whitespace separates numbers.
 *
 * <p>An instance whose sizes and seeds are those of a published instance is named after it ({@code ta01} ..
 * {@code ta80}, see {@link TaillardBenchmarks#nameOf}); any other is named {@code <file base name>#k}, k counting
 * the file's instances from 1. The header's bounds become {@link ParsedInstance#embedded()}. The data are read as
 * written, not checked against the seeds.
 */
public final class TaillardFormat implements InstanceFormat<JobShopInstance> {

    private static final String HEADER =
            "Nb of jobs, Nb of Machines, Time seed, Machine seed, Upper bound, Lower bound";
    private static final String HEADER_START = "nb of jobs";

    /** The format; it holds no state. */
    public TaillardFormat() {
    }

    @Override
    public String name() {
        return "taillard";
    }

    @Override
    public ProblemType<JobShopInstance, ?> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "Taillard's job shop files: instances with seeds and bounds, 'Times' and 'Machines' (from 1) blocks";
    }

    /** True when the file starts (after blank lines) with {@code Nb of jobs}, whatever its name. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return head.strip().toLowerCase(Locale.ROOT).startsWith(HEADER_START);
    }

    @Override
    public List<ParsedInstance<JobShopInstance>> read(Reader reader, String sourceName) {
        DataLineReader lines = DataLineReader.read(reader, sourceName);
        String baseName = InstanceFormat.baseName(sourceName);
        List<ParsedInstance<JobShopInstance>> instances = new ArrayList<>();
        Optional<DataLine> header = Optional.of(lines.require("the header line '" + HEADER + "'"));
        while (header.isPresent()) {
            instances.add(readInstance(header.get(), lines, baseName, instances.size() + 1));
            header = lines.next();
        }
        return List.copyOf(instances);
    }

    private static ParsedInstance<JobShopInstance> readInstance(DataLine header, DataLineReader lines, String baseName,
                                                                int index) {
        String instance = " of instance " + index;
        if (!header.text().strip().toLowerCase(Locale.ROOT).startsWith(HEADER_START)) {
            throw header.errorAt(0, "expected the header line '" + HEADER + "'" + instance + ", found '"
                    + header.text().strip() + "'");
        }
        DataLine values = lines.require("the line of sizes, seeds and bounds" + instance);
        values.requireSize(6, "numbers (jobs, machines, time seed, machine seed, upper bound, lower bound)");
        int jobs = values.intAt(0, 1, Integer.MAX_VALUE, "the number of jobs" + instance);
        int machines = values.intAt(1, 1, Integer.MAX_VALUE, "the number of machines" + instance);
        long timeSeed = values.longAt(2, Long.MIN_VALUE, Long.MAX_VALUE, "the time seed" + instance);
        long machineSeed = values.longAt(3, Long.MIN_VALUE, Long.MAX_VALUE, "the machine seed" + instance);
        long upperBound = values.longAt(4, 0, Long.MAX_VALUE, "the upper bound" + instance);
        long lowerBound = values.longAt(5, 0, Long.MAX_VALUE, "the lower bound" + instance);
        requireKeyword(lines, "Times", instance);
        int[][] durations = readMatrix(lines, jobs, machines, 0, Integer.MAX_VALUE, "duration", instance);
        requireKeyword(lines, "Machines", instance);
        int[][] order = readMatrix(lines, jobs, machines, 1, machines, "machine", instance);
        for (int[] row : order) {
            for (int k = 0; k < row.length; k++) {
                row[k]--;
            }
        }
        String name = TaillardBenchmarks.nameOf(jobs, machines, timeSeed, machineSeed)
                .orElse(baseName + "#" + index);
        return new ParsedInstance<>(name, JobShopInstance.of(name, machines, order, durations),
                new BestKnown(name, lowerBound, upperBound));
    }

    private static void requireKeyword(DataLineReader lines, String keyword, String instance) {
        DataLine line = lines.require("the line '" + keyword + "'" + instance);
        if (line.size() != 1 || !line.tokens().getFirst().text().equalsIgnoreCase(keyword)) {
            throw line.errorAt(0, "expected the line '" + keyword + "'" + instance + ", found '"
                    + line.text().strip() + "'");
        }
    }

    private static int[][] readMatrix(DataLineReader lines, int jobs, int machines, int min, int max, String what,
                                      String instance) {
        List<int[]> rows = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            String job = "job " + (j + 1) + " of " + jobs + instance;
            DataLine line = lines.require("the " + what + "s of " + job);
            line.requireSize(machines, what + "s for " + job);
            int[] row = new int[machines];
            for (int k = 0; k < machines; k++) {
                row[k] = line.intAt(k, min, max, "the " + what + " of operation " + (k + 1) + " of " + job);
            }
            rows.add(row);
        }
        return rows.toArray(int[][]::new);
    }
}

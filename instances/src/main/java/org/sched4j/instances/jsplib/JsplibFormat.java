package org.sched4j.instances.jsplib;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.jobshop.Job;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.Operation;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The JSPLIB text format of job-shop instances (the format of the OR-Library job-shop file and of the JSPLIB
 * collection): a line {@code n m} (jobs, machines), then one line per job of {@code m} pairs
 * {@code machine duration} in processing order, machines numbered from 0. Any whitespace separates numbers; blank
 * lines and lines starting with {@code #} are skipped. One instance per file, named after the file without its
 * extension.
 *
 * <p>Reading is strict: every job has exactly {@code m} operations, machines lie in {@code 0..m-1}, durations are at
 * least 0, and nothing but comments follows the last job. Every defect is an {@link InstanceFormatException} with
 * its line and column.
 */
public final class JsplibFormat implements InstanceFormat<JobShopInstance> {

    private static final Set<String> EXTENSIONS = Set.of("", "txt", "jss", "jsp");

    /** The format; it holds no state. */
    public JsplibFormat() {
    }

    @Override
    public String name() {
        return "jsplib";
    }

    @Override
    public ProblemType<JobShopInstance, ?> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "JSPLIB / OR-Library job shop: 'n m', then per job m pairs 'machine duration' (machines from 0)";
    }

    /**
     * True when the extension is {@code .txt}, {@code .jss}, {@code .jsp} or none, the first data line is exactly two
     * positive integers {@code n m}, and the next data line is exactly {@code 2m} integers. The second condition
     * keeps JSPLIB apart from formats that also start with two numbers (Gset graphs, Patterson {@code .rcp}).
     */
    @Override
    public boolean recognizes(String fileName, String head) {
        if (!EXTENSIONS.contains(InstanceFormat.extension(fileName))) {
            return false;
        }
        DataLineReader lines = DataLineReader.of(head, fileName);
        Optional<DataLine> header = lines.next();
        if (header.isEmpty() || header.get().size() != 2 || !header.get().allIntegers()) {
            return false;
        }
        long jobs = Long.parseLong(header.get().tokens().get(0).text());
        long machines = Long.parseLong(header.get().tokens().get(1).text());
        if (jobs < 1 || machines < 1) {
            return false;
        }
        Optional<DataLine> firstJob = lines.next();
        return firstJob.isPresent() && firstJob.get().size() == 2 * machines && firstJob.get().allIntegers();
    }

    @Override
    public List<ParsedInstance<JobShopInstance>> read(Reader reader, String sourceName) {
        DataLineReader lines = DataLineReader.read(reader, sourceName);
        DataLine header = lines.require("the header line 'jobs machines'");
        header.requireSize(2, "numbers on the header line (jobs machines)");
        int jobCount = header.intAt(0, 1, Integer.MAX_VALUE, "the number of jobs");
        int machineCount = header.intAt(1, 1, Integer.MAX_VALUE, "the number of machines");
        List<Job> jobs = new ArrayList<>();
        for (int j = 0; j < jobCount; j++) {
            DataLine line = lines.require("the line of job " + (j + 1) + " of " + jobCount);
            jobs.add(readJob(line, j, machineCount));
        }
        Optional<DataLine> extra = lines.next();
        if (extra.isPresent()) {
            throw extra.get().errorAt(0, "expected the end of the file after " + jobCount
                    + " jobs, found more data");
        }
        String name = InstanceFormat.baseName(sourceName);
        JobShopInstance instance = new JobShopInstance(name, machineCount, jobs);
        return List.of(new ParsedInstance<>(name, instance, BestKnown.unknown(name)));
    }

    private static Job readJob(DataLine line, int job, int machineCount) {
        line.requireSize(2 * machineCount, "numbers for job " + (job + 1) + " (" + machineCount
                + " pairs 'machine duration')");
        Operation[] operations = new Operation[machineCount];
        for (int k = 0; k < machineCount; k++) {
            String operation = "operation " + (k + 1) + " of job " + (job + 1);
            int machine = line.intAt(2 * k, 0, machineCount - 1, "the machine of " + operation);
            int duration = line.intAt(2 * k + 1, 0, Integer.MAX_VALUE, "the duration of " + operation);
            operations[k] = new Operation(machine, duration);
        }
        return new Job(List.of(operations));
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /**
     * Writes {@code n m} and one line per job, numbers right-aligned in columns.
     *
     * @throws IllegalArgumentException when a job does not have exactly {@code machineCount} operations, which the
     *                                  format cannot express
     */
    @Override
    public void write(JobShopInstance instance, Writer writer) throws IOException {
        for (int j = 0; j < instance.jobCount(); j++) {
            if (instance.job(j).operationCount() != instance.machineCount()) {
                throw new IllegalArgumentException("the JSPLIB format needs " + instance.machineCount()
                        + " operations per job, but job " + j + " of " + instance.name() + " has "
                        + instance.job(j).operationCount());
            }
        }
        String cell = "%" + columnWidth(instance) + "d";
        writer.write(instance.jobCount() + " " + instance.machineCount() + "\n");
        for (Job job : instance.jobs()) {
            StringBuilder line = new StringBuilder();
            for (Operation operation : job.operations()) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(cell.formatted(operation.machine())).append(' ')
                        .append(cell.formatted(operation.duration()));
            }
            writer.write(line.append('\n').toString());
        }
    }

    private static int columnWidth(JobShopInstance instance) {
        int widest = 1;
        for (Job job : instance.jobs()) {
            for (Operation operation : job.operations()) {
                widest = Math.max(widest, Math.max(operation.machine(), operation.duration()));
            }
        }
        return Integer.toString(widest).length();
    }
}

package org.sched4j.instances.tardiness;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.DataLine;
import org.sched4j.instances.DataLineReader;
import org.sched4j.instances.InstanceFormat;
import org.sched4j.instances.ParsedInstance;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * The unweighted total tardiness (1||ΣT) files of Çetinkaya et al. 2025 ("Discovering Heuristics with Large Language
 * Models (LLMs) for Mixed-Integer Programs: Single-Machine Scheduling"): {@code #} comment lines, then per instance
 * <pre>
 * n RDD TF optimal
 * p_1 ... p_n
 * d_1 ... d_n
 * </pre>
 * Due dates may be negative (the published n = 20 sets hold some); processing times must be positive. The header's
 * {@code optimal} (an integer, or {@code -} when unknown, as sched4j's generator writes it) becomes a
 * closed {@link BestKnown} bound; RDD and TF are the due-date parameters the instance was drawn with. Instances are
 * named {@code <file base name>#k}, k from 1.
 */
public final class TardinessTextFormat implements InstanceFormat<TardinessInstance> {

    private static final Pattern HEADER = Pattern.compile("\\s*\\d+\\s+[0-9.]+\\s+[0-9.]+\\s+(\\d+|-)\\s*");
    private static final String UNKNOWN = "-";
    private static final int MAX_TIME = 1_000_000_000;

    /** The format; it holds no state. */
    public TardinessTextFormat() {
    }

    @Override
    public String name() {
        return "tardiness-txt";
    }

    @Override
    public ProblemType<TardinessInstance, ?> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "1||ΣT instances of Çetinkaya et al. 2025: lines 'n RDD TF optimal', processing times, due dates";
    }

    /** True when the first line that is not a comment reads {@code n RDD TF optimal}. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return head.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#")).findFirst()
                .map(line -> HEADER.matcher(line).matches()).orElse(false);
    }

    @Override
    public List<ParsedInstance<TardinessInstance>> read(Reader reader, String sourceName) {
        DataLineReader lines = DataLineReader.read(reader, sourceName);
        String baseName = InstanceFormat.baseName(sourceName);
        List<ParsedInstance<TardinessInstance>> instances = new ArrayList<>();
        Optional<DataLine> header = Optional.of(lines.require("the header line 'n RDD TF optimal'"));
        while (header.isPresent()) {
            instances.add(readInstance(header.get(), lines, baseName + "#" + (instances.size() + 1)));
            header = lines.next();
        }
        return List.copyOf(instances);
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /**
     * Writes {@code instance} as one instance with RDD and TF 0 and an unknown optimum; use
     * {@link #write(TardinessInstance, double, double, Writer)} to record them.
     */
    @Override
    public void write(TardinessInstance instance, Writer writer) throws IOException {
        write(instance, 0, 0, writer);
    }

    /**
     * Writes one instance with its due-date parameters and an unknown optimum ({@code -}).
     *
     * @throws IllegalArgumentException when the instance has weights other than 1 or release dates
     */
    public void write(TardinessInstance instance, double relativeRange, double tardinessFactor, Writer writer)
            throws IOException {
        if (!instance.isUnweighted() || instance.hasReleaseDates()) {
            throw new IllegalArgumentException("the tardiness-txt format holds neither weights nor release dates; "
                    + instance.name() + " has some");
        }
        writer.write(instance.jobCount() + " " + relativeRange + " " + tardinessFactor + " " + UNKNOWN + "\n");
        writer.write(joined(instance.processingTimes()) + "\n");
        writer.write(joined(instance.dueDates()) + "\n");
    }

    private static ParsedInstance<TardinessInstance> readInstance(DataLine header, DataLineReader lines, String name) {
        header.requireSize(4, "numbers in the header of " + name + " (n RDD TF optimal)");
        int jobs = header.intAt(0, 1, 1_000_000, "the number of jobs of " + name);
        requireDecimal(header, 1, "RDD of " + name);
        requireDecimal(header, 2, "TF of " + name);
        double optimum = Double.NaN;
        if (!header.tokens().get(3).text().equals(UNKNOWN)) {
            optimum = header.longAt(3, 0, Long.MAX_VALUE, "the optimal value of " + name + " (or '-')");
        }
        int[] processingTimes = readLine(lines, jobs, 1, "processing times of " + name);
        int[] dueDates = readLine(lines, jobs, -MAX_TIME, "due dates of " + name);
        try {
            return new ParsedInstance<>(name, TardinessInstance.of(name, processingTimes, dueDates),
                    new BestKnown(name, optimum, optimum));
        } catch (IllegalArgumentException e) {
            throw header.error("invalid instance " + name + ": " + e.getMessage());
        }
    }

    private static void requireDecimal(DataLine line, int index, String what) {
        String text = line.tokens().get(index).text();
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw line.errorAt(index, "expected " + what + " (a decimal number), found '" + text + "'");
        }
    }

    private static int[] readLine(DataLineReader lines, int jobs, int min, String what) {
        DataLine line = lines.require("the line of " + jobs + " " + what);
        line.requireSize(jobs, what);
        int[] values = new int[jobs];
        for (int j = 0; j < jobs; j++) {
            values[j] = line.intAt(j, min, MAX_TIME, "value " + (j + 1) + " of the " + what);
        }
        return values;
    }

    private static String joined(int[] values) {
        StringBuilder text = new StringBuilder();
        for (int value : values) {
            text.append(text.isEmpty() ? "" : " ").append(value);
        }
        return text.toString();
    }
}

package org.sched4j.instances.taskgraph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sched4j.instances.BestKnown;
import org.sched4j.instances.InstanceFormatException;

/**
 * The published optima of the STG set: files {@code optimal/Case<n>_<P>_OPT.csv} beside the folders of graphs, rows
 * {@code 50/rand0000.stg,4,66} (graph file relative to the set, processor count, optimal makespan), no header. A
 * case still open when the table was published has a fourth field: {@code 50/rand0060.stg,2,157,165} gives its
 * lower bound and then its best known makespan. Tables are read once and kept.
 */
final class StgOptima {

    private static final Map<Path, Map<String, BestKnown>> TABLES = new ConcurrentHashMap<>();

    private StgOptima() {
    }

    /**
     * The bounds of {@code graphFile} (in a folder such as {@code stg/50}) on {@code processors} processors, from
     * {@code stg/optimal/Case50_<P>_OPT.csv}, named {@code instanceName}; empty when there is no such table or row.
     */
    static Optional<BestKnown> lookup(String instanceName, Path graphFile, int tasks, int processors) {
        Path folder = graphFile.toAbsolutePath().normalize().getParent();
        if (folder == null || folder.getParent() == null) {
            return Optional.empty();
        }
        Path table = folder.getParent().resolve("optimal").resolve("Case" + tasks + "_" + processors + "_OPT.csv");
        if (!Files.isRegularFile(table)) {
            return Optional.empty();
        }
        String key = folder.getFileName() + "/" + graphFile.getFileName();
        return Optional.ofNullable(TABLES.computeIfAbsent(table, StgOptima::read).get(key))
                .map(bounds -> new BestKnown(instanceName, bounds.lowerBound(), bounds.upperBound()));
    }

    private static Map<String, BestKnown> read(Path table) {
        Map<String, BestKnown> optima = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                if (record.size() < 3) {
                    throw new InstanceFormatException(table.getFileName().toString(), (int) record.getRecordNumber(),
                            0, "expected 'file,processors,optimal makespan', found " + record.size() + " fields");
                }
                String file = record.get(0).strip();
                double lower = number(table, record, 2);
                optima.put(file, new BestKnown(file, lower, record.size() > 3 ? number(table, record, 3) : lower));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table + ": " + e.getMessage(), e);
        }
        return Map.copyOf(optima);
    }

    private static double number(Path table, CSVRecord record, int field) {
        try {
            return Double.parseDouble(record.get(field).strip());
        } catch (NumberFormatException e) {
            throw new InstanceFormatException(table.getFileName().toString(), (int) record.getRecordNumber(), 0,
                    "expected a makespan in field " + (field + 1) + ", found '" + record.get(field) + "'");
        }
    }
}

package org.sched4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: columns padded to their widest cell, numbers right-aligned, two spaces between
 * columns, and a line of dashes under the header. A column whose alignment is {@code '|'} is a separator drawn as
 * {@code |} on every line. With several header rows, all but the last are titles over groups of columns and are
 * left-aligned.
 */
public final class TextTable {

    private final char[] alignments;
    private final List<String[]> rows = new ArrayList<>();
    private final int headerRows;

    /**
     * @param alignments one per column: {@code 'l'} left, {@code 'r'} right, {@code '|'} a separator column
     * @param headers    the header rows, each with one cell per column
     */
    public TextTable(String alignments, List<List<String>> headers) {
        this.alignments = alignments.toCharArray();
        for (List<String> header : headers) {
            add(header);
        }
        this.headerRows = headers.size();
    }

    /** Adds a row with one cell per column. */
    public TextTable add(List<String> cells) {
        if (cells.size() != alignments.length) {
            throw new IllegalArgumentException("expected " + alignments.length + " cells, got " + cells.size());
        }
        rows.add(cells.toArray(String[]::new));
        return this;
    }

    /** The table, one line per row, each line ending with a line break and without trailing spaces. */
    public String render() {
        int[] widths = new int[alignments.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], alignments[column] == '|' ? 1 : row[column].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            text.append(line(rows.get(index), widths, index < headerRows - 1));
            if (index == headerRows - 1) {
                text.append(rule(widths));
            }
        }
        return text.toString();
    }

    private String line(String[] row, int[] widths, boolean title) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.length; column++) {
            if (column > 0) {
                line.append("  ");
            }
            String cell = alignments[column] == '|' ? "|" : row[column];
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(alignments[column] == 'r' && !title ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing() + "\n";
    }

    private String rule(int[] widths) {
        String[] dashes = new String[widths.length];
        for (int column = 0; column < widths.length; column++) {
            dashes[column] = alignments[column] == '|' ? "|" : "-".repeat(widths[column]);
        }
        return String.join("  ", Arrays.asList(dashes)).stripTrailing() + "\n";
    }
}

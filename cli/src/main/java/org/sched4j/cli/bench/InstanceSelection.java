package org.sched4j.cli.bench;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --only} selection of a suite's instances: a comma-separated list of items, each an exact name
 * ({@code ta41}), a glob ({@code ta4?}, {@code la0*}, {@code ta[45]*}) or a regular expression matched against the
 * whole name ({@code ta(41|42)}, {@code la0[1-5]}). A name is selected when any item matches it.
 */
public final class InstanceSelection implements Predicate<String> {

    private final String text;
    private final List<Predicate<String>> items = new ArrayList<>();

    /** A selection that takes every instance. */
    public static final InstanceSelection ALL = new InstanceSelection(null);

    private InstanceSelection(String text) {
        this.text = text;
        if (text == null) {
            return;
        }
        for (String item : text.split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(matcher(trimmed));
            }
        }
    }

    /** Parses {@code --only}; {@code null} selects everything. */
    public static InstanceSelection parse(String text) {
        return text == null ? ALL : new InstanceSelection(text);
    }

    @Override
    public boolean test(String name) {
        return text == null || items.stream().anyMatch(item -> item.test(name));
    }

    /** The selection as given ({@code ta41,ta42}), or {@code all}. */
    @Override
    public String toString() {
        return text == null ? "all" : text;
    }

    private static Predicate<String> matcher(String item) {
        Predicate<String> matcher = name -> name.equals(item);
        try {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + item);
            matcher = matcher.or(name -> glob.matches(Path.of(name)));
        } catch (IllegalArgumentException e) {
            // Not a glob: the exact name and the regular expression remain.
        }
        try {
            Pattern regex = Pattern.compile(item);
            matcher = matcher.or(name -> regex.matcher(name).matches());
        } catch (PatternSyntaxException e) {
            // Not a regular expression: the exact name and the glob remain.
        }
        return matcher;
    }
}

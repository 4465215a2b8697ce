package org.sched4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time limit: a number with a unit ({@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 2m}, {@code 1h}), a plain
 * number of seconds ({@code 10}), or an ISO-8601 duration ({@code PT30S}). The duration must be positive; it is kept
 * with millisecond precision.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.trim());
        if (duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("a time limit must be positive, got '" + value + "'");
        }
        return duration;
    }

    private static Duration parse(String value) {
        Matcher matcher = NUMBER_AND_UNIT.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            BigDecimal amount = new BigDecimal(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            long millisPerUnit = switch (unit) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m", "min" -> 60_000;
                default -> 3_600_000;
            };
            return Duration.ofMillis(amount.multiply(BigDecimal.valueOf(millisPerUnit)).longValue());
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a duration such as 10s, 500ms, 2m or 30 (seconds), got '"
                    + value + "'");
        }
    }

    /** Writes a duration the way this converter reads it: {@code 10 s}, {@code 500 ms}, {@code 2 min}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis >= 60_000) {
            return millis / 60_000 + " min";
        }
        if (millis % 1_000 == 0) {
            return millis / 1_000 + " s";
        }
        return millis < 1_000 ? millis + " ms" : BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}

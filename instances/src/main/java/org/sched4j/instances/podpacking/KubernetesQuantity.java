package org.sched4j.instances.podpacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 2}, {@code 128Mi}, {@code 1Gi}, {@code 1e3}, {@code 1.5G}),
 * parsed exactly with {@link BigDecimal} by the grammar of {@code k8s.io/apimachinery/pkg/api/resource.Quantity}:
 * a signed decimal number followed by a binary SI suffix ({@code Ki Mi Gi Ti Pi Ei}, powers of 1024), a decimal
 * SI suffix ({@code n u m k M G T P E}, powers of 1000; {@code k} is lower case, {@code M} upper), or a decimal
 * exponent ({@code e3}, {@code E-2}).
 *
 * <p>Written here rather than taken from fabric8's {@code kubernetes-model-core} ({@code Quantity}): that artifact
 * brings the generated Java model of the whole Kubernetes API (several megabytes of classes, plus
 * {@code kubernetes-model-common} and Jackson modules) into the instances module, for a forty-line grammar; the
 * kubectl reader walks the JSON tree itself and needs nothing else of that model.
 *
 * @param amount the exact amount in base units (cores for CPU, bytes for memory)
 */
public record KubernetesQuantity(BigDecimal amount) {

    private static final Pattern GRAMMAR = Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)), Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)), Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)), Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
            Map.entry("n", new BigDecimal("1e-9")), Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")), Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")), Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")));

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public KubernetesQuantity {
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is not a quantity, saying what a quantity looks like
     */
    public static KubernetesQuantity parse(String text) {
        Matcher matcher = GRAMMAR.matcher(Objects.requireNonNull(text, "text").strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a Kubernetes quantity such as 500m, 2, 128Mi or 1e3, found '"
                    + text + "'");
        }
        BigDecimal number = new BigDecimal(matcher.group(1).endsWith(".")
                ? matcher.group(1) + "0" : matcher.group(1));
        String suffix = matcher.group(2);
        if (suffix == null) {
            return new KubernetesQuantity(number);
        }
        BigDecimal multiplier = SUFFIXES.get(suffix);
        if (multiplier == null) {
            return new KubernetesQuantity(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))));
        }
        return new KubernetesQuantity(number.multiply(multiplier));
    }

    /**
     * The amount in thousandths, rounded up as Kubernetes' {@code MilliValue()} does ({@code 0.1} cores = 100
     * millicores; {@code 1n} = 1).
     *
     * @throws ArithmeticException when it does not fit a {@code long}
     */
    public long millis() {
        return amount.multiply(THOUSAND).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * The amount in base units, rounded up as Kubernetes' {@code Value()} does ({@code 1Gi} = 1073741824 bytes).
     *
     * @throws ArithmeticException when it does not fit a {@code long}
     */
    public long units() {
        return amount.setScale(0, RoundingMode.CEILING).longValueExact();
    }
}

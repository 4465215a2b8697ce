package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pod requests of the scheduler, per resource, by the Kubernetes rule ({@code PodRequests} in
 * {@code k8s.io/kubernetes/pkg/api/v1/resource/helpers.go}): the sum over the app containers, raised to the
 * largest init container (an init container runs alone, beside the sidecars started before it), plus the sidecars
 * (init containers with {@code restartPolicy: Always}, which keep running), plus the pod's {@code spec.overhead}.
 * The rule holds for every resource alike, {@code cpu}, {@code memory} and extended resources such as
 * {@code nvidia.com/gpu}. A container that sets a limit but no request of a resource requests its limit, as the API
 * server's defaulting does ({@code SetDefaults_Pod} in {@code pkg/apis/core/v1/defaults.go}).
 *
 * @param amounts the request per resource name, {@code cpu} in millicores, every other resource in its base unit
 *                (bytes for {@code memory}, devices for {@code nvidia.com/gpu}); resources not requested are absent
 */
record PodRequests(Map<String, Long> amounts) {

    /** The CPU resource, counted in millicores. */
    static final String CPU = "cpu";
    /** The memory resource, counted in bytes. */
    static final String MEMORY = "memory";

    private static final PodRequests NONE = new PodRequests(Map.of());

    PodRequests {
        amounts = Map.copyOf(amounts);
    }

    /** The CPU request in millicores. */
    long cpuMillis() {
        return amount(CPU);
    }

    /** The memory request in bytes. */
    long memoryBytes() {
        return amount(MEMORY);
    }

    /** The request of {@code resource}, 0 when none. */
    long amount(String resource) {
        return amounts.getOrDefault(resource, 0L);
    }

    /**
     * The requests of the pod whose {@code spec} is at {@code specPointer} of {@code source}.
     *
     * @throws org.sched4j.instances.InstanceFormatException when a container list is missing or a quantity is
     *                                                       malformed, at its position
     */
    static PodRequests of(JsonSource source, JsonNode spec, JsonPointer specPointer) {
        JsonNode containers = spec.path("containers");
        if (!containers.isArray()) {
            throw source.error(specPointer, "expected spec.containers, an array of containers");
        }
        PodRequests requests = NONE;
        for (int i = 0; i < containers.size(); i++) {
            requests = requests.plus(container(source, containers.get(i), specPointer.appendProperty("containers")
                    .appendIndex(i)));
        }
        PodRequests initPeak = NONE;
        PodRequests sidecars = NONE;
        JsonNode initContainers = spec.path("initContainers");
        for (int i = 0; i < initContainers.size(); i++) {
            JsonNode init = initContainers.get(i);
            PodRequests own = container(source, init, specPointer.appendProperty("initContainers").appendIndex(i));
            if ("Always".equals(init.path("restartPolicy").asText())) {
                requests = requests.plus(own);
                sidecars = sidecars.plus(own);
                initPeak = initPeak.max(sidecars);
            } else {
                initPeak = initPeak.max(own.plus(sidecars));
            }
        }
        requests = requests.max(initPeak);
        return requests.plus(resources(source, spec.path("overhead"), specPointer.appendProperty("overhead")));
    }

    /** A container's requests, each resource with a limit but no request taking its limit. */
    private static PodRequests container(JsonSource source, JsonNode container, JsonPointer pointer) {
        JsonPointer resources = pointer.appendProperty("resources");
        PodRequests limits = resources(source, container.path("resources").path("limits"),
                resources.appendProperty("limits"));
        PodRequests requests = resources(source, container.path("resources").path("requests"),
                resources.appendProperty("requests"));
        Map<String, Long> defaulted = new TreeMap<>(limits.amounts);
        defaulted.putAll(requests.amounts);
        return new PodRequests(defaulted);
    }

    /**
     * Every entry of a resource list ({@code cpu} in millicores, others in base units). Extended resources (names
     * with a domain, such as {@code nvidia.com/gpu}) must be whole numbers, as the API validates them.
     */
    static PodRequests resources(JsonSource source, JsonNode list, JsonPointer pointer) {
        Map<String, Long> amounts = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : list.properties()) {
            String resource = entry.getKey();
            JsonPointer at = pointer.appendProperty(resource);
            if (resource.equals(CPU)) {
                amounts.put(resource, millis(source, entry.getValue(), at));
                continue;
            }
            if (resource.contains("/") && !isWhole(quantity(source, entry.getValue(), at))) {
                throw source.error(at, "expected a whole number of " + resource + ", found "
                        + entry.getValue().asText());
            }
            amounts.put(resource, units(source, entry.getValue(), at, Long.MAX_VALUE));
        }
        return new PodRequests(amounts);
    }

    private static boolean isWhole(KubernetesQuantity quantity) {
        BigDecimal amount = quantity.amount();
        return amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
    }

    /** The quantity at {@code pointer} in thousandths ({@code "500m"} = 500), positioned when beyond a {@code long}. */
    static long millis(JsonSource source, JsonNode value, JsonPointer pointer) {
        KubernetesQuantity quantity = quantity(source, value, pointer);
        try {
            return quantity.millis();
        } catch (ArithmeticException e) {
            throw source.error(pointer, "expected a quantity of at most " + Long.MAX_VALUE
                    + " thousandths, found " + value.asText());
        }
    }

    /** The quantity at {@code pointer} in base units ({@code "1Ki"} = 1024), positioned when beyond {@code max}. */
    static long units(JsonSource source, JsonNode value, JsonPointer pointer, long max) {
        KubernetesQuantity quantity = quantity(source, value, pointer);
        long units;
        try {
            units = quantity.units();
        } catch (ArithmeticException e) {
            throw source.error(pointer, "expected a quantity of at most " + max + ", found " + value.asText());
        }
        if (units > max) {
            throw source.error(pointer, "expected a quantity of at most " + max + ", found " + value.asText());
        }
        return units;
    }

    /** The quantity at {@code pointer}: a string ({@code "500m"}) or a plain JSON number. */
    static KubernetesQuantity quantity(JsonSource source, JsonNode value, JsonPointer pointer) {
        if (!value.isTextual() && !value.isNumber()) {
            throw source.error(pointer, "expected a Kubernetes quantity such as \"500m\" or \"128Mi\", found "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            return KubernetesQuantity.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw source.error(pointer, e.getMessage());
        }
    }

    private PodRequests plus(PodRequests other) {
        Map<String, Long> sum = new TreeMap<>(amounts);
        other.amounts.forEach((resource, amount) -> sum.merge(resource, amount, Math::addExact));
        return new PodRequests(sum);
    }

    private PodRequests max(PodRequests other) {
        Map<String, Long> max = new TreeMap<>(amounts);
        other.amounts.forEach((resource, amount) -> max.merge(resource, amount, Math::max));
        return new PodRequests(max);
    }
}

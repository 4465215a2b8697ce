package org.sched4j.instances.podpacking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CPU and memory a pod requests of the scheduler, by the Kubernetes rule ({@code PodRequests} in
 * {@code k8s.io/kubernetes/pkg/api/v1/resource/helpers.go}): the sum over the app containers, raised to the largest
 * init container (an init container runs alone, beside the sidecars started before it), plus the sidecars
 * (init containers with {@code restartPolicy: Always}, which keep running), plus the pod's {@code spec.overhead}.
 *
 * @param cpuMillis   the CPU request in millicores
 * @param memoryBytes the memory request in bytes
 */
record PodRequests(long cpuMillis, long memoryBytes) {

    private static final PodRequests NONE = new PodRequests(0, 0);

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
        JsonNode overhead = spec.path("overhead");
        return requests.plus(resources(source, overhead, specPointer.appendProperty("overhead")));
    }

    private static PodRequests container(JsonSource source, JsonNode container, JsonPointer pointer) {
        JsonNode requests = container.path("resources").path("requests");
        return resources(source, requests, pointer.appendProperty("resources").appendProperty("requests"));
    }

    /** The {@code cpu} and {@code memory} entries of a resource list (absent entries are 0). */
    static PodRequests resources(JsonSource source, JsonNode list, JsonPointer pointer) {
        long cpu = list.has("cpu") ? millis(source, list.get("cpu"), pointer.appendProperty("cpu")) : 0;
        long memory = list.has("memory")
                ? units(source, list.get("memory"), pointer.appendProperty("memory"), Long.MAX_VALUE) : 0;
        return new PodRequests(cpu, memory);
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
        return new PodRequests(cpuMillis + other.cpuMillis, memoryBytes + other.memoryBytes);
    }

    private PodRequests max(PodRequests other) {
        return new PodRequests(Math.max(cpuMillis, other.cpuMillis), Math.max(memoryBytes, other.memoryBytes));
    }
}

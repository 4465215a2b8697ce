package org.sched4j.podpacking;

import java.util.Objects;
import java.util.Set;

/**
 * A pod's GPU request: either {@code devices} whole devices ({@code nvidia.com/gpu: N}, or {@code num_gpu} with
 * {@code gpu_milli} 1000 in the Alibaba openb trace), or a share of one device ({@code devices} 1 and
 * {@code milliPerDevice} below 1000: the trace's GPU sharing, one device per share).
 *
 * @param devices        the devices, at least 0
 * @param milliPerDevice the thousandths of each device, 1 to 1000 (1000 when devices are whole; 0 when no GPU)
 * @param models         the acceptable GPU models ({@code gpu_spec}); empty for any
 */
public record GpuRequest(int devices, int milliPerDevice, Set<String> models) {

    /** No GPU. */
    public static final GpuRequest NONE = new GpuRequest(0, 0, Set.of());

    public GpuRequest {
        models = Set.copyOf(Objects.requireNonNull(models, "models"));
        if (devices < 0) {
            throw new IllegalArgumentException("GPU devices must be at least 0, got " + devices);
        }
        if (devices == 0 ? milliPerDevice != 0 : milliPerDevice < 1 || milliPerDevice > 1000) {
            throw new IllegalArgumentException("GPU share per device must be 1 to 1000 (0 without devices), got "
                    + milliPerDevice + " with " + devices + " devices");
        }
        if (devices > 1 && milliPerDevice != 1000) {
            throw new IllegalArgumentException("a request of " + devices + " devices must take them whole, got "
                    + milliPerDevice + " thousandths each");
        }
    }

    /** {@code count} whole devices of any model. */
    public static GpuRequest whole(int count) {
        return count == 0 ? NONE : new GpuRequest(count, 1000, Set.of());
    }

    /** A share of one device, in thousandths (1000 is a whole device), of any model. */
    public static GpuRequest share(int milli) {
        return new GpuRequest(1, milli, Set.of());
    }

    /** Whether the pod requests any GPU. */
    public boolean any() {
        return devices > 0;
    }

    /** Whether it shares one device (less than 1000 thousandths). */
    public boolean isShare() {
        return devices == 1 && milliPerDevice < 1000;
    }

    /** The thousandths of a GPU requested in all. */
    public long totalMilli() {
        return (long) devices * milliPerDevice;
    }

    /** Whether a node with GPUs of {@code model} may run it (any model when none is named). */
    public boolean acceptsModel(String model) {
        return models.isEmpty() || model != null && models.contains(model);
    }
}

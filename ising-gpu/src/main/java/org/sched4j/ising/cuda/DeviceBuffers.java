package org.sched4j.ising.cuda;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** Device allocations of one solve, freed together. Use from the thread whose context is current. */
final class DeviceBuffers implements AutoCloseable {

    private final CudaDriver driver;
    private final Arena arena;
    private long[] pointers = new long[0];

    /** Allocations through {@code driver}; host staging copies live in {@code arena}. */
    DeviceBuffers(CudaDriver driver, Arena arena) {
        this.driver = driver;
        this.arena = arena;
    }

    /** Allocates {@code bytes} of device memory. */
    long allocate(long bytes) {
        long pointer = driver.allocate(bytes);
        pointers = Arrays.copyOf(pointers, pointers.length + 1);
        pointers[pointers.length - 1] = pointer;
        return pointer;
    }

    /** Copies {@code values} to a new device allocation and returns its pointer. */
    long upload(int[] values) {
        return upload(values.length == 0 ? arena.allocate(JAVA_INT) : arena.allocateFrom(JAVA_INT, values));
    }

    /** Copies {@code values} to a new device allocation and returns its pointer. */
    long upload(float[] values) {
        return upload(values.length == 0 ? arena.allocate(JAVA_FLOAT) : arena.allocateFrom(JAVA_FLOAT, values));
    }

    private long upload(MemorySegment host) {
        long pointer = allocate(host.byteSize());
        driver.copyToDevice(pointer, host);
        return pointer;
    }

    @Override
    public void close() {
        for (long pointer : pointers) {
            driver.free(pointer);
        }
    }
}

package org.sched4j.ising.cuda;

/**
 * The shape of one launch of the annealing kernel: one block per replica, enough threads per block for the largest
 * colour class (a multiple of the warp size, at most {@value #MAX_THREADS_PER_BLOCK}, the kernel's launch bound), and
 * the replica's spins in dynamic shared memory when they fit there.
 *
 * @param replicas    the number of blocks, one replica each
 * @param threads     threads per block
 * @param sharedBytes dynamic shared memory per block: the spin count when the spins are kept in shared memory, else 0
 */
record KernelLaunch(int replicas, int threads, int sharedBytes) {

    /** The kernel's {@code __launch_bounds__}. */
    static final int MAX_THREADS_PER_BLOCK = 256;
    /** The most replicas per multiprocessor chosen when the caller names no count. */
    static final int MAX_DEFAULT_REPLICAS_PER_MULTIPROCESSOR = 8;

    private static final int WARP = 32;

    KernelLaunch {
        if (replicas < 1 || threads < 1 || sharedBytes < 0) {
            throw new IllegalArgumentException("bad launch: " + replicas + " blocks of " + threads + " threads, "
                    + sharedBytes + " bytes of shared memory");
        }
    }

    /**
     * The threads per block for colour classes of at most {@code largestClass} spins: that many rounded up to whole
     * warps, between one warp and {@value #MAX_THREADS_PER_BLOCK}.
     */
    static int threadsFor(int largestClass) {
        int warps = (Math.max(1, largestClass) + WARP - 1) / WARP;
        return Math.min(MAX_THREADS_PER_BLOCK, warps * WARP);
    }

    /** The dynamic shared memory for {@code spinCount} one-byte spins: all of them, or 0 when over {@code limit}. */
    static int sharedBytesFor(int spinCount, int limit) {
        return spinCount <= limit ? spinCount : 0;
    }

    /**
     * The default number of replicas: {@code blocksPerMultiprocessor} (the occupancy the driver reports for this
     * shape) on each of the {@code multiprocessors}, at most {@value #MAX_DEFAULT_REPLICAS_PER_MULTIPROCESSOR} each
     * and at least one, so that one launch fills the GPU without a second wave.
     */
    static int defaultReplicas(int multiprocessors, int blocksPerMultiprocessor) {
        return multiprocessors * Math.clamp(blocksPerMultiprocessor, 1, MAX_DEFAULT_REPLICAS_PER_MULTIPROCESSOR);
    }
}

// Simulated annealing of many Ising replicas at once: one thread block per replica.
//
// Compiled to PTX by nvcc (the Maven profile "nvcc" of ising-gpu; the PTX is committed under
// src/main/resources/org/sched4j/ising/cuda/) and loaded by the Java class CudaIsingAnnealer through the
// CUDA driver API. Energy H(s) = -sum_{i<j} J_ij s_i s_j - sum_i h_i s_i.
//
// Correctness of the parallel updates: the spins are split into colour classes of a proper graph colouring
// (no two coupled spins share a colour), and the threads of a block update one colour class at a time, with a
// barrier between classes. Spins of one class never interact, so updating them together is exactly a
// sequential Metropolis sweep in colour order; local fields are recomputed from the neighbours' spins.
//
// Layout (built on the host by DeviceGraph): the spins are renumbered into slots so that each colour class is one
// range of slots, by decreasing degree; the couplings are in sliced ELLPACK form, the j-th coupling of slot k at
// row_starts[k] + SLICE * j, so the consecutive slots of a warp read consecutive words. The graph is shared by all
// replicas and stays in the L1/L2 caches; a replica's spins, read once per coupling, are kept in the block's shared
// memory during a launch when the host gives the launch n bytes of dynamic shared memory (spins_in_shared != 0),
// else read and written in global memory.

#include <stdint.h>

// The slice height of the coupling layout; DeviceGraph.SLICE on the host.
#define SLICE 32

__device__ __forceinline__ uint64_t splitmix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// xorshift64* (Vigna 2016): one state per thread.
__device__ __forceinline__ float next_uniform(uint64_t* state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return (float) ((x * 0x2545F4914F6CDD1DULL) >> 40) * (1.0f / 16777216.0f);
}

// Runs sweeps first_sweep .. last_sweep-1 of the schedule betas[] on every replica (block). With initialize != 0
// the replica's spins are drawn at random first. Spins persist in spins[] (slot order) between launches, so the host
// can split a long schedule into several launches and stop at its deadline.
extern "C" __global__ void __launch_bounds__(256) anneal_replicas(
        int n,
        int colour_count,
        const int* __restrict__ class_offsets,
        const int* __restrict__ row_starts,
        const int* __restrict__ degrees,
        const int* __restrict__ neighbours,
        const float* __restrict__ couplings,
        const float* __restrict__ fields,
        const float* __restrict__ betas,
        int first_sweep,
        int last_sweep,
        int initialize,
        unsigned long long seed,
        int spins_in_shared,
        signed char* spins) {
    extern __shared__ signed char shared_spins[];
    signed char* replica = spins + (size_t) blockIdx.x * (size_t) n;
    signed char* s = spins_in_shared ? shared_spins : replica;
    uint64_t state = splitmix64(seed ^ splitmix64(((uint64_t) blockIdx.x << 32) | threadIdx.x)
                                ^ ((uint64_t) first_sweep << 20));
    if (state == 0) {
        state = 0x9E3779B97F4A7C15ULL;
    }
    for (int k = threadIdx.x; k < n && (initialize || spins_in_shared); k += blockDim.x) {
        s[k] = initialize ? (next_uniform(&state) < 0.5f ? 1 : -1) : replica[k];
    }
    __syncthreads();
    for (int sweep = first_sweep; sweep < last_sweep; sweep++) {
        float beta = betas[sweep];
        for (int c = 0; c < colour_count; c++) {
            int end = class_offsets[c + 1];
            for (int k = class_offsets[c] + threadIdx.x; k < end; k += blockDim.x) {
                float field = fields[k];
                int row = row_starts[k];
                int degree = degrees[k];
                for (int j = 0; j < degree; j++) {
                    field += couplings[row + SLICE * j] * (float) s[neighbours[row + SLICE * j]];
                }
                float delta = 2.0f * (float) s[k] * field;
                if (delta <= 0.0f || next_uniform(&state) < __expf(-beta * delta)) {
                    s[k] = (signed char) -s[k];
                }
            }
            __syncthreads();
        }
    }
    for (int k = threadIdx.x; k < n && spins_in_shared; k += blockDim.x) {
        replica[k] = s[k];
    }
}

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

#include <stdint.h>

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
// the replica's spins are drawn at random first. Spins persist in spins[] between launches, so the host can split a
// long schedule into several launches and stop at its deadline.
extern "C" __global__ void anneal_replicas(
        int n,
        const int* __restrict__ offsets,
        const int* __restrict__ neighbours,
        const float* __restrict__ couplings,
        const float* __restrict__ fields,
        int colour_count,
        const int* __restrict__ colour_offsets,
        const int* __restrict__ colour_vertices,
        const float* __restrict__ betas,
        int first_sweep,
        int last_sweep,
        int initialize,
        unsigned long long seed,
        signed char* spins) {
    signed char* s = spins + (size_t) blockIdx.x * (size_t) n;
    uint64_t state = splitmix64(seed ^ splitmix64(((uint64_t) blockIdx.x << 32) | threadIdx.x)
                                ^ ((uint64_t) first_sweep << 20));
    if (state == 0) {
        state = 0x9E3779B97F4A7C15ULL;
    }
    if (initialize) {
        for (int v = threadIdx.x; v < n; v += blockDim.x) {
            s[v] = next_uniform(&state) < 0.5f ? 1 : -1;
        }
    }
    __syncthreads();
    for (int sweep = first_sweep; sweep < last_sweep; sweep++) {
        float beta = betas[sweep];
        for (int c = 0; c < colour_count; c++) {
            int end = colour_offsets[c + 1];
            for (int k = colour_offsets[c] + threadIdx.x; k < end; k += blockDim.x) {
                int v = colour_vertices[k];
                float field = fields[v];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    field += couplings[e] * (float) s[neighbours[e]];
                }
                float delta = 2.0f * (float) s[v] * field;
                if (delta <= 0.0f || next_uniform(&state) < __expf(-beta * delta)) {
                    s[v] = (signed char) -s[v];
                }
            }
            __syncthreads();
        }
    }
}

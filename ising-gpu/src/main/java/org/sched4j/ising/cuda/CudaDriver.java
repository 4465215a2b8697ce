package org.sched4j.ising.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The CUDA driver API ({@code libcuda.so.1}) bound through the Foreign Function and Memory API: no JNI, no JCuda. Only
 * the calls the annealer needs are bound. Every call that returns a {@code CUresult} other than
 * {@code CUDA_SUCCESS} throws a {@link CudaException} naming the call and the result ({@code cuInit failed:
 * CUDA_ERROR_NO_DEVICE (100)}).
 *
 * <p>CUDA contexts are current per thread: {@link CudaContext} makes the device's primary context current on the
 * calling thread, and every later call must come from that thread. The JVM needs
 * {@code --enable-native-access=ALL-UNNAMED} to call native code without a warning.
 */
public final class CudaDriver {

    /** The library loaded by default. */
    public static final String DEFAULT_LIBRARY = "libcuda.so.1";
    /** The system property that names another driver library (a path or a name for the dynamic linker). */
    public static final String LIBRARY_PROPERTY = "sched4j.cuda.library";

    /** {@code CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT}. */
    static final int MULTIPROCESSOR_COUNT = 16;
    /** {@code CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN}: the most dynamic shared memory a block can get. */
    static final int MAX_SHARED_MEMORY_PER_BLOCK_OPTIN = 97;

    private static final int FUNCTION_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8;
    private static final Linker LINKER = Linker.nativeLinker();

    private final String library;
    private final MethodHandle cuInit;
    private final MethodHandle cuDeviceGetCount;
    private final MethodHandle cuDeviceGet;
    private final MethodHandle cuDeviceGetName;
    private final MethodHandle cuDeviceGetAttribute;
    private final MethodHandle cuDevicePrimaryCtxRetain;
    private final MethodHandle cuDevicePrimaryCtxRelease;
    private final MethodHandle cuCtxSetCurrent;
    private final MethodHandle cuModuleLoadData;
    private final MethodHandle cuModuleGetFunction;
    private final MethodHandle cuModuleUnload;
    private final MethodHandle cuFuncSetAttribute;
    private final MethodHandle cuOccupancyMaxActiveBlocksPerMultiprocessor;
    private final MethodHandle cuMemAlloc;
    private final MethodHandle cuMemcpyHtoD;
    private final MethodHandle cuMemcpyDtoH;
    private final MethodHandle cuMemFree;
    private final MethodHandle cuLaunchKernel;
    private final MethodHandle cuCtxSynchronize;
    private final Optional<MethodHandle> cuGetErrorName;

    private CudaDriver(String library, SymbolLookup symbols) {
        this.library = library;
        Binder bind = new Binder(library, symbols);
        cuInit = bind.function("cuInit", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        cuDeviceGetCount = bind.function("cuDeviceGetCount", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        cuDeviceGet = bind.function("cuDeviceGet", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        cuDeviceGetName = bind.function("cuDeviceGetName", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDeviceGetAttribute = bind.function("cuDeviceGetAttribute",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDevicePrimaryCtxRetain = bind.function("cuDevicePrimaryCtxRetain",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        cuDevicePrimaryCtxRelease = bind.function("cuDevicePrimaryCtxRelease_v2",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        cuCtxSetCurrent = bind.function("cuCtxSetCurrent", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        cuModuleLoadData = bind.function("cuModuleLoadData", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        cuModuleGetFunction = bind.function("cuModuleGetFunction",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        cuModuleUnload = bind.function("cuModuleUnload", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        cuFuncSetAttribute = bind.function("cuFuncSetAttribute",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuOccupancyMaxActiveBlocksPerMultiprocessor = bind.function("cuOccupancyMaxActiveBlocksPerMultiprocessor",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG));
        cuMemAlloc = bind.function("cuMemAlloc_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        cuMemcpyHtoD = bind.function("cuMemcpyHtoD_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG));
        cuMemcpyDtoH = bind.function("cuMemcpyDtoH_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
        cuMemFree = bind.function("cuMemFree_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        cuLaunchKernel = bind.function("cuLaunchKernel", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        cuCtxSynchronize = bind.function("cuCtxSynchronize", FunctionDescriptor.of(JAVA_INT));
        cuGetErrorName = bind.optionalFunction("cuGetErrorName", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }

    /**
     * Loads {@code library}, binds the driver calls and initialises the driver ({@code cuInit}).
     *
     * @throws CudaException when the library cannot be loaded, lacks a driver call, or {@code cuInit} fails
     */
    public static CudaDriver load(String library) {
        SymbolLookup symbols;
        try {
            symbols = SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new CudaException(library + " not found (no NVIDIA driver on this machine?): " + e.getMessage(), e);
        } catch (IllegalCallerException e) {
            throw new CudaException("native access is disabled; run java with --enable-native-access=ALL-UNNAMED", e);
        }
        CudaDriver driver = new CudaDriver(library, symbols);
        driver.check(driver.callInt(driver.cuInit, 0), "cuInit");
        return driver;
    }

    /** The library this driver was loaded from. */
    public String library() {
        return library;
    }

    /** The number of CUDA devices ({@code cuDeviceGetCount}). */
    public int deviceCount() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            check(callInt(cuDeviceGetCount, count), "cuDeviceGetCount");
            return count.get(JAVA_INT, 0);
        }
    }

    /** The handle of device {@code ordinal} ({@code cuDeviceGet}). */
    public int device(int ordinal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment device = arena.allocate(JAVA_INT);
            check(callInt(cuDeviceGet, device, ordinal), "cuDeviceGet");
            return device.get(JAVA_INT, 0);
        }
    }

    /** The device's name ({@code cuDeviceGetName}). */
    public String deviceName(int device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocate(256);
            check(callInt(cuDeviceGetName, name, 256, device), "cuDeviceGetName");
            return name.getString(0);
        }
    }

    /** A device attribute ({@code cuDeviceGetAttribute}), such as {@link #MULTIPROCESSOR_COUNT}. */
    public int deviceAttribute(int device, int attribute) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(JAVA_INT);
            check(callInt(cuDeviceGetAttribute, value, attribute, device), "cuDeviceGetAttribute");
            return value.get(JAVA_INT, 0);
        }
    }

    /** Retains the device's primary context ({@code cuDevicePrimaryCtxRetain}) and returns it. */
    MemorySegment retainPrimaryContext(int device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment context = arena.allocate(ADDRESS);
            check(callInt(cuDevicePrimaryCtxRetain, context, device), "cuDevicePrimaryCtxRetain");
            return context.get(ADDRESS, 0);
        }
    }

    /** Releases the device's primary context ({@code cuDevicePrimaryCtxRelease_v2}). */
    void releasePrimaryContext(int device) {
        check(callInt(cuDevicePrimaryCtxRelease, device), "cuDevicePrimaryCtxRelease");
    }

    /** Makes {@code context} current on the calling thread ({@code cuCtxSetCurrent}). */
    void setCurrentContext(MemorySegment context) {
        check(callInt(cuCtxSetCurrent, context), "cuCtxSetCurrent");
    }

    /** Loads a module from a NUL-terminated PTX image ({@code cuModuleLoadData}; the driver compiles it). */
    MemorySegment loadModule(MemorySegment image) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment module = arena.allocate(ADDRESS);
            check(callInt(cuModuleLoadData, module, image), "cuModuleLoadData (the PTX was rejected)");
            return module.get(ADDRESS, 0);
        }
    }

    /** The kernel {@code name} of {@code module} ({@code cuModuleGetFunction}). */
    MemorySegment function(MemorySegment module, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment function = arena.allocate(ADDRESS);
            check(callInt(cuModuleGetFunction, function, module, arena.allocateFrom(name)),
                    "cuModuleGetFunction(" + name + ")");
            return function.get(ADDRESS, 0);
        }
    }

    /** Unloads a module ({@code cuModuleUnload}). */
    void unloadModule(MemorySegment module) {
        check(callInt(cuModuleUnload, module), "cuModuleUnload");
    }

    /**
     * Lets {@code function} take up to {@code bytes} of dynamic shared memory per block ({@code cuFuncSetAttribute}
     * with {@code CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES}); above 48 KiB a launch needs it.
     */
    void allowDynamicSharedMemory(MemorySegment function, int bytes) {
        check(callInt(cuFuncSetAttribute, function, FUNCTION_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, bytes),
                "cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES, " + bytes + ")");
    }

    /**
     * How many blocks of {@code threads} threads with {@code sharedBytes} of dynamic shared memory one multiprocessor
     * holds at once ({@code cuOccupancyMaxActiveBlocksPerMultiprocessor}).
     */
    int activeBlocksPerMultiprocessor(MemorySegment function, int threads, long sharedBytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment blocks = arena.allocate(JAVA_INT);
            check(callInt(cuOccupancyMaxActiveBlocksPerMultiprocessor, blocks, function, threads, sharedBytes),
                    "cuOccupancyMaxActiveBlocksPerMultiprocessor");
            return blocks.get(JAVA_INT, 0);
        }
    }

    /** Allocates {@code bytes} of device memory ({@code cuMemAlloc_v2}) and returns the device pointer. */
    long allocate(long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pointer = arena.allocate(JAVA_LONG);
            check(callInt(cuMemAlloc, pointer, Math.max(1, bytes)), "cuMemAlloc_v2(" + bytes + " bytes)");
            return pointer.get(JAVA_LONG, 0);
        }
    }

    /** Copies host memory to the device ({@code cuMemcpyHtoD_v2}). */
    void copyToDevice(long devicePointer, MemorySegment source) {
        check(callInt(cuMemcpyHtoD, devicePointer, source, source.byteSize()), "cuMemcpyHtoD_v2");
    }

    /** Copies device memory to the host ({@code cuMemcpyDtoH_v2}). */
    void copyToHost(MemorySegment target, long devicePointer) {
        check(callInt(cuMemcpyDtoH, target, devicePointer, target.byteSize()), "cuMemcpyDtoH_v2");
    }

    /** Frees device memory ({@code cuMemFree_v2}). */
    void free(long devicePointer) {
        check(callInt(cuMemFree, devicePointer), "cuMemFree_v2");
    }

    /**
     * Launches {@code function} on {@code blocks × threads} with {@code sharedBytes} of dynamic shared memory per block
     * ({@code cuLaunchKernel}, default stream) and waits for it ({@code cuCtxSynchronize}).
     *
     * @param parameters an array of pointers to the kernel's arguments, in order
     */
    void launchAndWait(MemorySegment function, int blocks, int threads, int sharedBytes, MemorySegment parameters) {
        check(callInt(cuLaunchKernel, function, blocks, 1, 1, threads, 1, 1, sharedBytes, MemorySegment.NULL,
                parameters, MemorySegment.NULL), "cuLaunchKernel");
        check(callInt(cuCtxSynchronize), "cuCtxSynchronize");
    }

    /**
     * Throws a {@link CudaException} naming {@code call} and the result unless {@code result} is {@code CUDA_SUCCESS}.
     */
    void check(int result, String call) {
        if (result != 0) {
            throw new CudaException(call + " failed: " + errorName(result) + " (" + result + ")");
        }
    }

    /** The name of a {@code CUresult}: the driver's own ({@code cuGetErrorName}) when it knows it, else the table's. */
    String errorName(int result) {
        if (cuGetErrorName.isPresent()) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment name = arena.allocate(ADDRESS);
                if ((int) cuGetErrorName.get().invokeExact(result, name) == 0) {
                    return name.get(ADDRESS, 0).reinterpret(128).getString(0);
                }
            } catch (Throwable e) {
                return CudaResultNames.nameOf(result);
            }
        }
        return CudaResultNames.nameOf(result);
    }

    private int callInt(MethodHandle handle, Object... arguments) {
        try {
            return (int) handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new CudaException("a CUDA driver call failed: " + e, e);
        }
    }

    /** Looks driver calls up by name. */
    private record Binder(String library, SymbolLookup symbols) {

        MethodHandle function(String name, FunctionDescriptor descriptor) {
            return optionalFunction(name, descriptor).orElseThrow(() -> new CudaException(library
                    + " has no function " + name + ": it is not the CUDA driver library, or the driver is too old"));
        }

        Optional<MethodHandle> optionalFunction(String name, FunctionDescriptor descriptor) {
            return symbols.find(name).map(address -> LINKER.downcallHandle(address, descriptor));
        }
    }
}

package org.sched4j.ising.cuda;

import java.util.Optional;

/**
 * Whether this JVM can use the GPU: the CUDA driver library ({@link CudaDriver#DEFAULT_LIBRARY}, or the one named by
 * the system property {@value CudaDriver#LIBRARY_PROPERTY}) loads, initialises, and reports at least one device. Found
 * out once, on first use; thread-safe.
 */
public final class CudaAvailability {

    private static final class Probe {
        private static final Probe RESULT = run();

        private final CudaDriver driver;
        private final String reason;

        private Probe(CudaDriver driver, String reason) {
            this.driver = driver;
            this.reason = reason;
        }

        private static Probe run() {
            try {
                return new Probe(check(CudaDriver.load(System.getProperty(CudaDriver.LIBRARY_PROPERTY,
                        CudaDriver.DEFAULT_LIBRARY))), null);
            } catch (CudaException e) {
                return new Probe(null, e.getMessage());
            }
        }
    }

    private CudaAvailability() {
    }

    /**
     * Loads {@code library}, checks that it reports a device, and retains device 0's primary context.
     *
     * @throws CudaException with the reason when it cannot be used
     */
    public static CudaDriver probe(String library) {
        return check(CudaDriver.load(library));
    }

    private static CudaDriver check(CudaDriver driver) {
        int devices = driver.deviceCount();
        if (devices == 0) {
            throw new CudaException(driver.library() + " loaded, but it reports no CUDA device");
        }
        driver.retainPrimaryContext(driver.device(0));
        return driver;
    }

    /** The driver, when the GPU can be used. */
    public static Optional<CudaDriver> driver() {
        return Optional.ofNullable(Probe.RESULT.driver);
    }

    /** Why the GPU cannot be used; empty when it can. */
    public static Optional<String> unavailableReason() {
        return Optional.ofNullable(Probe.RESULT.reason);
    }
}

package org.sched4j.ising.cuda;

import java.lang.foreign.MemorySegment;

/**
 * The primary context of one device, retained and made current on the calling thread for as long as this object is
 * open. Use it from the thread that opened it, in try-with-resources.
 */
final class CudaContext implements AutoCloseable {

    private final CudaDriver driver;
    private final int device;

    private CudaContext(CudaDriver driver, int device) {
        this.driver = driver;
        this.device = device;
    }

    /**
     * Retains the primary context of device {@code ordinal} and makes it current on this thread.
     *
     * @throws CudaException when there is no such device or a driver call fails
     */
    static CudaContext open(CudaDriver driver, int ordinal) {
        int count = driver.deviceCount();
        if (count <= ordinal) {
            throw new CudaException("no CUDA device " + ordinal + ": the driver reports " + count + " device"
                    + (count == 1 ? "" : "s"));
        }
        int device = driver.device(ordinal);
        MemorySegment context = driver.retainPrimaryContext(device);
        CudaContext opened = new CudaContext(driver, device);
        try {
            driver.setCurrentContext(context);
        } catch (CudaException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /** The device handle. */
    int device() {
        return device;
    }

    @Override
    public void close() {
        driver.releasePrimaryContext(device);
    }
}

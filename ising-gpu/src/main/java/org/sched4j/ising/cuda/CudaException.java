package org.sched4j.ising.cuda;

/**
 * The GPU cannot be used: no CUDA driver library, no device, a driver call that failed (its {@code CUresult} named),
 * or a PTX module the driver rejects. The message is the reason, for people.
 */
public class CudaException extends RuntimeException {

    public CudaException(String message) {
        super(message);
    }

    public CudaException(String message, Throwable cause) {
        super(message, cause);
    }
}

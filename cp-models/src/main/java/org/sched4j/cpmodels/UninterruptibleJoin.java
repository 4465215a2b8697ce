package org.sched4j.cpmodels;

/**
 * Waits for threads a solve started to end before the solve returns, even when the waiting thread is interrupted: an
 * interrupt is how a synchronous solve is asked to stop early, and it must not make the solve return (or lose its best
 * solution) while its threads still run. The interrupt flag is restored once every thread has ended.
 */
public final class UninterruptibleJoin {

    private UninterruptibleJoin() {
    }

    /** Waits until every one of {@code threads} (null entries are skipped) has ended; keeps the interrupt flag. */
    public static void join(Thread... threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread != null) {
                try {
                    thread.join();
                    thread = null;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

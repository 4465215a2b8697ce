package org.sched4j.cpmodels;

import org.sched4j.api.Termination;

/**
 * Waits for threads a solve started to end before the solve returns, even when the waiting thread is interrupted: an
 * interrupt is how a synchronous solve is asked to stop early, and it must not make the solve return (or lose its best
 * solution) while its threads still run.
 *
 * <p>{@link Thread#join()} clears the interrupt flag it reports, and a {@link Termination} that watches the thread
 * would no longer see it; so an interrupt while waiting requests the solve's termination first (the threads then stop),
 * and the flag is set again once every thread has ended.
 */
public final class UninterruptibleJoin {

    private UninterruptibleJoin() {
    }

    /**
     * Waits until every one of {@code threads} (null entries are skipped) has ended. When this thread is interrupted,
     * before or while waiting, requests {@code termination} and goes on waiting; the interrupt flag is set on return.
     */
    public static void join(Termination termination, Thread... threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread != null) {
                try {
                    thread.join();
                    thread = null;
                } catch (InterruptedException e) {
                    interrupted = true;
                    termination.request();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

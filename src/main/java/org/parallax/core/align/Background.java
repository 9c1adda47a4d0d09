package org.parallax.core.align;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One task running on a thread of its own while the caller does independent work, for the steps of an alignment
 * that need nothing from each other (item extraction beside the length-only pass, the backward sweep beside the
 * forward sweep), so that both cores of a small machine work. A daemon thread, so an abandoned task never keeps the
 * JVM alive.
 *
 * @param <T> what the task returns
 */
final class Background<T> {

    /**
     * Lattice cells below which a second thread costs more than it saves (a few milliseconds of
     * work against the ~0.1 ms of starting a thread).
     */
    static final long WORTH_A_THREAD = 50_000;

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * Starts {@code work} on a new thread, or, when it is too small to be worth a thread (an alignment between two
     * anchors may be a few segments), runs it at once on the caller's thread.
     */
    static <T> Background<T> start(String name, boolean worthAThread, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (worthAThread) {
            Thread.ofPlatform().name(name).daemon().start(task);
        } else {
            task.run();
        }
        return new Background<>(task);
    }

    /** Waits for the result; an exception or error of the task (e.g. OutOfMemoryError) is thrown here. */
    T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}

package org.parallax.core.align;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One task running on a thread of its own while the caller does independent work, for the two steps of an
 * alignment that need nothing from each other (item extraction beside the length-only pass, the backward sweep
 * beside the forward sweep). A daemon thread, so an abandoned task never keeps the JVM alive.
 *
 * @param <T> what the task returns
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().name(name).daemon().start(task);
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

package org.parallax.users;

import java.util.concurrent.Executor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work runs as the user who started it, so the services it calls check that user's roles. The context
 * is taken when the work is submitted, not when the pool is made (Vaadin installs its own context handling later).
 */
public final class AsCaller {

    private AsCaller() {
    }

    /** The pool, running each task with the calling thread's security context. */
    public static Executor on(Executor pool) {
        return new DelegatingSecurityContextExecutor(pool, SecurityContextHolder.getContext());
    }
}

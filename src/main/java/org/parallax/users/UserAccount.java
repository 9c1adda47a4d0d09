package org.parallax.users;

import java.time.Instant;
import java.util.Set;

/** A user as the rest of the application sees it: never the password hash. {@code roles} are as assigned. */
public record UserAccount(long id, String username, Set<String> roles, boolean enabled, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}

package org.parallax;

import java.util.Set;
import org.parallax.users.Roles;
import org.parallax.users.SystemAuthentication;
import org.parallax.users.UserService;

/** Accounts the end-to-end tests log in with, created once per database. */
public final class TestUsers {

    public static final String EDITOR = "edith";
    public static final String TRANSLATOR = "tanja";
    public static final String PASSWORD = "test-password-42";

    private TestUsers() {
    }

    /** Makes sure the editor and the translator exist, both with {@link #PASSWORD}. */
    public static void ensure(UserService users) {
        SystemAuthentication.run(() -> {
            create(users, EDITOR, Set.of(Roles.EDITOR));
            create(users, TRANSLATOR, Set.of(Roles.TRANSLATOR));
        });
    }

    private static void create(UserService users, String name, Set<String> roles) {
        if (users.users().stream().noneMatch(user -> user.username().equals(name))) {
            users.create(name, PASSWORD, roles);
        }
    }
}

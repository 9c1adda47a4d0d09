package org.parallax.users;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four roles, spelled as {@code @RolesAllowed} and {@code hasRole(..)} expect them (without "ROLE_").
 * <ul>
 *   <li>{@link #TRANSLATOR}: edits segment text, re-splits and merges segments, changes links, proposes;</li>
 *   <li>{@link #EDITOR}: everything a translator may, plus approving and rejecting links and flags;</li>
 *   <li>{@link #SCHOLAR}: reads, searches, compares and exports;</li>
 *   <li>{@link #ADMIN}: manages users, imports and deletes.</li>
 * </ul>
 */
public final class Roles {

    public static final String TRANSLATOR = "TRANSLATOR";
    public static final String EDITOR = "EDITOR";
    public static final String SCHOLAR = "SCHOLAR";
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order a person would list them. */
    public static final List<String> ALL = List.of(TRANSLATOR, EDITOR, SCHOLAR, ADMIN);

    private Roles() {
    }

    /**
     * The roles a user holds given the roles assigned: an editor is also a translator. Applied when a user logs
     * in, so every check (views, {@code @RolesAllowed}, {@code hasRole}) sees the same set.
     */
    public static Set<String> withImplied(Set<String> assigned) {
        Set<String> held = new TreeSet<>(assigned);
        if (held.contains(EDITOR)) {
            held.add(TRANSLATOR);
        }
        return held;
    }

    /** @throws IllegalArgumentException naming the first unknown role, or if there is none at all */
    static Set<String> checked(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        for (String role : roles) {
            if (!ALL.contains(role)) {
                throw new IllegalArgumentException("unknown role: " + role);
            }
        }
        return Set.copyOf(roles);
    }
}

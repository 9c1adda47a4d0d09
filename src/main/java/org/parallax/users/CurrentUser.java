package org.parallax.users;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for views and services (e.g. to record who changed a bead). Reads the current security context,
 * so it also works on background threads that were handed the caller's context.
 */
@Component
public class CurrentUser {

    /** The logged-in user's name; empty when nobody is logged in. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The logged-in user's name, for recording who changed what; views are only shown to logged-in users. */
    public String name() {
        return username().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
    }

    /** Roles held, including implied ones, without the "ROLE_" prefix. */
    public Set<String> roles() {
        return authentication().stream()
                .flatMap(auth -> auth.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasAnyRole(String... roles) {
        Set<String> held = roles();
        for (String role : roles) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(auth -> !(auth instanceof AnonymousAuthenticationToken));
    }
}

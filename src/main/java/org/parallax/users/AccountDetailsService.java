package org.parallax.users;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up for Spring Security's login; grants the assigned roles plus those they imply. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials found = users.findCredentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        List<SimpleGrantedAuthority> authorities = Roles.withImplied(found.account().roles()).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return User.withUsername(username)
                .password(found.passwordHash())
                .authorities(authorities)
                .disabled(!found.account().enabled())
                .build();
    }
}

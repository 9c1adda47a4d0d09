package org.parallax.users;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages users; every method is for administrators only, enforced here by method security. Changes that would
 * leave no enabled administrator are refused, so the application cannot lock everyone out of user management.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users() {
        return users.findAll();
    }

    /**
     * @param username lower-case letters, digits, '.', '_' or '-', 2 to 60 characters
     * @throws IllegalArgumentException if the name is malformed or taken, the password too short, or a role unknown
     */
    @Transactional
    public UserAccount create(String username, String password, Set<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "user names are 2-60 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (users.exists(username)) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        users.insert(username, encoder.encode(checkedPassword(password)), Roles.checked(roles));
        return users.findCredentials(username).orElseThrow().account();
    }

    /** @throws IllegalStateException if this would leave no enabled administrator */
    @Transactional
    public void changeRoles(String username, Set<String> roles) {
        Set<String> checked = Roles.checked(roles);
        UserAccount before = existing(username);
        if (before.roles().contains(Roles.ADMIN) && !checked.contains(Roles.ADMIN)) {
            refuseIfLastAdmin(before);
        }
        users.updateRoles(username, checked);
    }

    /** @throws IllegalStateException if this would leave no enabled administrator */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccount before = existing(username);
        if (!enabled) {
            refuseIfLastAdmin(before);
        }
        users.updateEnabled(username, enabled);
    }

    @Transactional
    public void changePassword(String username, String newPassword) {
        existing(username);
        users.updatePasswordHash(username, encoder.encode(checkedPassword(newPassword)));
    }

    private UserAccount existing(String username) {
        return users.findCredentials(username).orElseThrow(
                () -> new IllegalArgumentException("no user " + username)).account();
    }

    private void refuseIfLastAdmin(UserAccount user) {
        if (user.enabled() && user.roles().contains(Roles.ADMIN) && users.countEnabledWithRole(Roles.ADMIN) == 1) {
            throw new IllegalStateException(user.username() + " is the only enabled administrator");
        }
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("passwords need at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }
}

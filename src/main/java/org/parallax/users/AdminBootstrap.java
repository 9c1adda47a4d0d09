package org.parallax.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * No default passwords: on a start with no users at all, creates {@value #ADMIN_NAME} with the password from
 * {@code parallax.bootstrap.admin-password}, or, when that is blank, a random one printed once to the log.
 * Once any user exists it does nothing, so the printed password is never shown again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN_NAME = "admin";
    static final String BANNER_START = "=== Parallax: first start, administrator account created ===";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    AdminBootstrap(UserRepository users, PasswordEncoder encoder,
                   @Value("${parallax.bootstrap.admin-password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = !configuredPassword.isBlank();
        String password = configured ? configuredPassword : randomPassword();
        users.insert(ADMIN_NAME, encoder.encode(password), Set.of(Roles.ADMIN));
        if (configured) {
            log.info("Created user '{}' with the password from parallax.bootstrap.admin-password", ADMIN_NAME);
        } else {
            log.warn("""

                    {}
                      user:     {}
                      password: {}
                    This password is shown only this once. Log in and change it under Users.
                    =============================================================""",
                    BANNER_START, ADMIN_NAME, password);
        }
    }

    /** 144 random bits, URL-safe Base64: 24 characters that survive copy and paste. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

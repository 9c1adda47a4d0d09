package org.parallax.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security ({@code @RolesAllowed}, {@code @PreAuthorize}) so that services enforce permissions themselves,
 * and the password encoder: delegating, so stored hashes name their algorithm (bcrypt today) and can migrate.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityBeans {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package org.parallax.users.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin's configurer guards every route by its access annotation ({@code @PermitAll},
 * {@code @RolesAllowed}, {@code @AnonymousAllowed}) and sends people who are not logged in to {@link LoginView}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        // Our stylesheets are static files outside Vaadin's own resources; the login page needs them too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}

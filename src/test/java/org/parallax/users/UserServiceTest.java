package org.parallax.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "test-admin", roles = Roles.ADMIN)
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldLetTheBootstrapAdminLogInWithTheConfiguredPassword() throws Exception {
        assertThat(roles(logIn(AdminBootstrap.ADMIN_NAME, ParallaxIntegrationTest.ADMIN_PASSWORD)))
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void shouldCreateAnEditorWhoLogsInAsEditorAndTranslator() throws Exception {
        UserAccount created = users.create("erika", "erika-password-1", Set.of(Roles.EDITOR));

        assertThat(created.roles()).containsExactly(Roles.EDITOR);
        assertThat(created.enabled()).isTrue();
        assertThat(users.users()).extracting(UserAccount::username).contains("admin", "erika");
        assertThat(roles(logIn("erika", "erika-password-1"))).containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_TRANSLATOR");
        assertThatThrownBy(() -> logIn("erika", "erika-password-2")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void shouldStoreOnlyABcryptHashOfThePassword() {
        users.create("hashed", "plain-text-secret", Set.of(Roles.SCHOLAR));

        String stored = jdbc.sql("select password_hash from app_user where username = 'hashed'")
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("plain-text-secret");
    }

    @Test
    void shouldChangeRolesAndPassword() throws Exception {
        users.create("tomas", "tomas-password-1", Set.of(Roles.TRANSLATOR));

        users.changeRoles("tomas", Set.of(Roles.SCHOLAR));
        users.changePassword("tomas", "tomas-password-2");

        assertThat(roles(logIn("tomas", "tomas-password-2"))).containsExactly("ROLE_SCHOLAR");
    }

    @Test
    void shouldRefuseALoginOnceDisabledAndAllowItAgainWhenEnabled() throws Exception {
        users.create("dora", "dora-password-1", Set.of(Roles.SCHOLAR));

        users.setEnabled("dora", false);
        assertThatThrownBy(() -> logIn("dora", "dora-password-1")).isInstanceOf(DisabledException.class);

        users.setEnabled("dora", true);
        assertThat(logIn("dora", "dora-password-1").isAuthenticated()).isTrue();
    }

    @Test
    void shouldRefuseToLeaveNoEnabledAdministrator() {
        users.create("second-admin", "second-password", Set.of(Roles.ADMIN));
        users.setEnabled("second-admin", false);

        assertThatThrownBy(() -> users.setEnabled(AdminBootstrap.ADMIN_NAME, false))
                .isInstanceOf(IllegalStateException.class).hasMessage("admin is the only enabled administrator");
        assertThatThrownBy(() -> users.changeRoles(AdminBootstrap.ADMIN_NAME, Set.of(Roles.EDITOR)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseBadInput() {
        assertThatThrownBy(() -> users.create("Has Spaces", "long-enough-pw", Set.of(Roles.SCHOLAR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.create("shorty", "short", Set.of(Roles.SCHOLAR)))
                .hasMessage("passwords need at least 10 characters");
        assertThatThrownBy(() -> users.create("nobody", "long-enough-pw", Set.of()))
                .hasMessage("a user needs at least one role");
        assertThatThrownBy(() -> users.create("emperor", "long-enough-pw", Set.of("EMPEROR")))
                .hasMessage("unknown role: EMPEROR");
        assertThatThrownBy(() -> users.create(AdminBootstrap.ADMIN_NAME, "long-enough-pw", Set.of(Roles.SCHOLAR)))
                .hasMessage("user admin already exists");
    }

    /** Role authorities only: Spring Security 7 also grants factor authorities such as FACTOR_PASSWORD. */
    private static List<String> roles(Authentication authenticated) {
        return authenticated.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    private Authentication logIn(String username, String password) throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}

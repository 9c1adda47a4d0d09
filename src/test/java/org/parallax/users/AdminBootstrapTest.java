package org.parallax.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ParallaxIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.TestPropertySource;

/** A first start with no password configured: a random one, printed once, that works. */
@ExtendWith(OutputCaptureExtension.class)
@ParallaxIntegrationTest
@TestPropertySource(properties = {"parallax.bootstrap.admin-password=", "parallax.corpus.load=false"})
class AdminBootstrapTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    UserRepository users;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void shouldPrintARandomPasswordOnceThatLogsTheAdminIn(CapturedOutput output) throws Exception {
        bootstrap.run(new DefaultApplicationArguments());

        assertThat(occurrences(output.getAll(), AdminBootstrap.BANNER_START)).isEqualTo(1);
        Matcher printed = PRINTED_PASSWORD.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(24);
        assertThat(users.count()).isEqualTo(1);
        assertThat(authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(AdminBootstrap.ADMIN_NAME, password))
                .isAuthenticated()).isTrue();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}

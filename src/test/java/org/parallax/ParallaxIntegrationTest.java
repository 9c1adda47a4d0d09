package org.parallax;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A feature integration test: the whole application on a real H2 file database (a fresh file per test JVM,
 * under target/), migrated by Flyway and loaded with the sample corpus, as on a user's first start. The
 * bootstrap administrator gets {@link #ADMIN_PASSWORD} instead of a random password.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:file:./target/test-db/${random.uuid}/parallax",
        "parallax.bootstrap.admin-password=" + ParallaxIntegrationTest.ADMIN_PASSWORD})
public @interface ParallaxIntegrationTest {

    /** The one place tests take the bootstrap administrator's password from. */
    String ADMIN_PASSWORD = "test-admin-password-7f3c";
}

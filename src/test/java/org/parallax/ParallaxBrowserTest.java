package org.parallax;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An end-to-end test: the application on a random port over a real H2 file database with the sample corpus, driven
 * by headless Chromium ({@link BrowserSession}). One annotation, so all browser tests share one running app.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:file:./target/test-db/${random.uuid}/parallax",
                "parallax.bootstrap.admin-password=" + ParallaxIntegrationTest.ADMIN_PASSWORD})
public @interface ParallaxBrowserTest {
}

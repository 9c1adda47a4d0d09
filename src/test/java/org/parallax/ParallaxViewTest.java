package org.parallax;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;

/**
 * A browserless view test: the real views and services in the test JVM, without a browser or a servlet container,
 * over the same application context as every {@link ParallaxIntegrationTest} (so Spring starts it once). The user is
 * set per class or test with {@code @WithMockUser}; its roles must include the implied ones (an editor is also a
 * translator), as at login.
 */
@ParallaxIntegrationTest
public abstract class ParallaxViewTest extends SpringBrowserlessTest {

    /** Routes are looked up in our packages only; scanning every jar on the class path took most of a minute. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.parallax");
    }
}

package org.parallax;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static holder at the security-context strategy of the test's own application context
 * before each test. Vaadin installs its strategy there when a context starts, so once a second context started in the
 * same JVM (other properties, or a dirtied one), tests in the first context set {@code @WithMockUser} on their
 * context's strategy while views and jobs read another one, and saw nobody logged in.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10,000), which sets the test's user
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}

package org.parallax;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application: Spring Boot with Vaadin views; stylesheets come from {@code frontend/} as static files.
 * Server push carries progress of background work (imports, alignments) to the page.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/parallax.css")
public class ParallaxApplication implements AppShellConfigurator {
}

package org.parallax.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.parallax.users.Roles;

/** The shell around every page: the product name, the main navigation, and who is logged in. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span name = new Span("Parallax");
        name.addClassName("px-brand");
        Span tagline = new Span("translation comparison and alignment");
        tagline.addClassName("px-tagline");
        HorizontalLayout navigation = new HorizontalLayout(new Anchor("", "Library"), new Anchor("compare", "Compare"),
                new Anchor("search", "Search"), new Anchor("flags", "Flags"), new Anchor("lexicon", "Lexicon"));
        if (authentication.hasRole(Roles.ADMIN)) {
            navigation.add(new Anchor("admin/users", "Users"), new Anchor("admin/flag-categories", "Flag categories"));
        }
        navigation.addClassName("px-nav");
        navigation.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        user.addClassName("px-user");
        Button logout = new Button("Log out", click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        navigation.add(user, logout);
        Div header = new Div(name, tagline, navigation);
        header.addClassName("px-header");
        addToNavbar(header);
        setDrawerOpened(false);
    }
}

package org.parallax.users.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Log in: Vaadin's login form posting to Spring Security's form login at {@code /login}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Parallax")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("px-login");
        Span brand = new Span("Parallax");
        brand.addClassName("px-brand");
        Paragraph tagline = new Paragraph("translation comparison and alignment");
        tagline.addClassName("px-tagline");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        Div card = new Div(brand, tagline, form);
        card.addClassName("px-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle("Log in");
        texts.getErrorMessage().setTitle("Wrong user name or password");
        texts.getErrorMessage().setMessage("Check both and try again. Ask an administrator if your account is disabled.");
        return texts;
    }
}

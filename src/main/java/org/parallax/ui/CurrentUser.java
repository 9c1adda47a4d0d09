package org.parallax.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.security.Principal;

/** The name views record as the author of a change: the logged-in user, or "guest" when nobody is logged in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal user = request == null ? null : request.getUserPrincipal();
        return user == null ? "guest" : user.getName();
    }
}

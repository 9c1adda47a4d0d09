package org.parallax.review.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.security.Principal;

/** The name recorded as the author of a change: the logged-in user, or "guest" when nobody is logged in. */
final class CurrentActor {

    private CurrentActor() {
    }

    static String name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal user = request == null ? null : request.getUserPrincipal();
        return user == null ? "guest" : user.getName();
    }
}

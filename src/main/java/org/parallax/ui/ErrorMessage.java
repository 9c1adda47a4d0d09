package org.parallax.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A refusal or conflict told to the user in the middle of the page, in the error color, for six seconds. */
public final class ErrorMessage {

    private static final int SHOWN_MILLIS = 6000;

    private ErrorMessage() {
    }

    public static void show(String message) {
        Notification.show(message, SHOWN_MILLIS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

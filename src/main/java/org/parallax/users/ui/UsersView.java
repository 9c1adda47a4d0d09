package org.parallax.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.parallax.ui.MainLayout;
import org.parallax.users.Roles;
import org.parallax.users.UserAccount;
import org.parallax.users.UserService;

/** Administrators list users, create them, change their roles and passwords, and disable or enable them. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · Parallax")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserService users) {
        this.users = users;
        addClassName("px-page");
        configureGrid();
        add(new H1("Users"), grid, new H2("New user"), newUserForm());
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(UserAccount::username).setHeader("User").setFlexGrow(2);
        grid.addColumn(user -> String.join(", ", Roles.ALL.stream().filter(user.roles()::contains)
                .map(role -> role.toLowerCase()).toList())).setHeader("Roles").setFlexGrow(3);
        grid.addColumn(user -> user.enabled() ? "enabled" : "disabled").setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(user -> CREATED.format(user.createdAt())).setHeader("Created").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }

    private HorizontalLayout actions(UserAccount user) {
        Button roles = new Button("Roles…", click -> editRoles(user));
        Button password = new Button("Password…", click -> changePassword(user));
        Button enable = new Button(user.enabled() ? "Disable" : "Enable",
                click -> attempt(() -> users.setEnabled(user.username(), !user.enabled()),
                        user.username() + (user.enabled() ? " disabled" : " enabled")));
        for (Button button : new Button[] {roles, password, enable}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, password, enable);
    }

    private HorizontalLayout newUserForm() {
        TextField username = new TextField("User name");
        username.setId("new-user-name");
        PasswordField password = new PasswordField("Password");
        password.setId("new-user-password");
        CheckboxGroup<String> roles = roleChoice(Set.of(Roles.SCHOLAR));
        roles.setId("new-user-roles");
        Button create = new Button("Create user", click -> attempt(() -> {
            users.create(username.getValue().strip(), password.getValue(), roles.getValue());
            username.clear();
            password.clear();
        }, "User " + username.getValue().strip() + " created"));
        create.setId("new-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, roles, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void editRoles(UserAccount user) {
        CheckboxGroup<String> roles = roleChoice(user.roles());
        Dialog dialog = new Dialog("Roles of " + user.username(), roles);
        Button save = new Button("Save", click -> {
            if (attempt(() -> users.changeRoles(user.username(), roles.getValue()), "Roles saved")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void changePassword(UserAccount user) {
        PasswordField password = new PasswordField("New password");
        Dialog dialog = new Dialog("Password of " + user.username(), password);
        Button save = new Button("Save", click -> {
            if (attempt(() -> users.changePassword(user.username(), password.getValue()), "Password changed")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static CheckboxGroup<String> roleChoice(Set<String> selected) {
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles", Roles.ALL);
        roles.setItemLabelGenerator(String::toLowerCase);
        roles.setValue(selected);
        return roles;
    }

    /** Runs a change; the service's refusal (bad input, last administrator) is shown, not thrown. */
    private boolean attempt(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void refresh() {
        grid.setItems(users.users());
    }
}

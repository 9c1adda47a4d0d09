package org.parallax.flags.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parallax.flags.Flag;
import org.parallax.flags.FlagService;
import org.parallax.review.ConflictException;
import org.parallax.ui.ErrorMessage;
import org.springframework.security.access.AccessDeniedException;

/** A list of flags with approve / reject, one by one or for all selected rows. */
public class FlagList extends Div {

    private final FlagService flags;
    private final Supplier<List<Flag>> load;
    private final String actor;
    private final Grid<Flag> grid = new Grid<>();

    public FlagList(FlagService flags, Supplier<List<Flag>> load, String actor, boolean showDocument) {
        this.flags = flags;
        this.load = load;
        this.actor = actor;
        addClassName("px-flag-list");
        grid.setId("flags");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAllRowsVisible(!showDocument);
        if (showDocument) {
            grid.setHeight("60vh");
            grid.addColumn(flag -> flag.workTitle() + " — " + flag.versionTitle()).setHeader("Document").setFlexGrow(2);
        }
        grid.addColumn(new ComponentRenderer<>(flag -> FlaggedBody.mark(flag, flag.text()))).setHeader("Flagged text")
                .setFlexGrow(2);
        grid.addColumn(flag -> flag.category().label()).setHeader("Category").setFlexGrow(1);
        grid.addColumn(flag -> flag.sourceTerm() == null ? "" : flag.sourceTerm()
                + (flag.transliteration() == null ? "" : " [" + flag.transliteration() + "]")).setHeader("Source term")
                .setFlexGrow(1);
        grid.addColumn(flag -> flag.source() == null ? "" : flag.source().text()).setHeader("In the source")
                .setFlexGrow(1);
        grid.addColumn(flag -> flag.status().name().toLowerCase(Locale.ROOT)).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::decisions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        Button approveSelected = new Button("Approve selected", click -> approveSelected());
        approveSelected.setId("flags-approve-selected");
        add(new HorizontalLayout(approveSelected), grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(load.get());
    }

    private HorizontalLayout decisions(Flag flag) {
        Button approve = new Button("Approve", click -> decide(() -> flags.approve(flag.id(), flag.lockVersion(), actor)));
        approve.setId("flag-approve-" + flag.id());
        Button reject = new Button("Reject", click -> decide(() -> flags.reject(flag.id(), flag.lockVersion(), actor)));
        reject.setId("flag-reject-" + flag.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, reject);
    }

    private void approveSelected() {
        decide(() -> {
            Notification.show(flags.approveAll(List.copyOf(grid.getSelectedItems()), actor) + " flags approved");
            return null;
        });
    }


    private void decide(Supplier<Flag> decision) {
        try {
            decision.get();
        } catch (ConflictException e) {
            ErrorMessage.show(e.getMessage());
        } catch (AccessDeniedException e) {
            ErrorMessage.show("Not allowed: only an editor can approve or reject flags.");
        }
        refresh();
    }
}

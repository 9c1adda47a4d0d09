package org.parallax.compare.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.parallax.library.VersionSummary;
import org.parallax.library.WorkSummary;

/** Choose a work, its pivot version and the versions to compare with it. */
final class VersionPicker extends HorizontalLayout {

    private final Select<WorkSummary> work = new Select<>();
    private final Select<VersionSummary> pivot = new Select<>();
    private final MultiSelectComboBox<VersionSummary> others = new MultiSelectComboBox<>("Compare with");

    /** @param onCompare receives the work and the versions, pivot first */
    VersionPicker(List<WorkSummary> works, BiConsumer<WorkSummary, List<VersionSummary>> onCompare) {
        addClassName("px-toolbar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        work.setLabel("Work");
        work.setId("compare-work");
        work.setItems(works.stream().filter(w -> w.versions().size() >= 2).toList());
        work.setItemLabelGenerator(WorkSummary::title);
        work.addValueChangeListener(change -> showVersionsOf(change.getValue()));
        pivot.setLabel("Pivot");
        pivot.setId("compare-pivot");
        pivot.setItemLabelGenerator(VersionPicker::label);
        pivot.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                others.deselect(change.getValue());
            }
        });
        others.setId("compare-others");
        others.setItemLabelGenerator(VersionPicker::label);
        others.setWidth("28rem");
        Button compare = new Button("Compare", click -> {
            if (work.getValue() != null && pivot.getValue() != null && !others.getValue().isEmpty()) {
                List<VersionSummary> chosen = new ArrayList<>();
                chosen.add(pivot.getValue());
                work.getValue().versions().stream()
                        .filter(v -> others.getValue().contains(v) && !v.equals(pivot.getValue()))
                        .forEach(chosen::add);
                onCompare.accept(work.getValue(), chosen);
            }
        });
        compare.setId("compare-button");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(work, pivot, others, compare);
    }

    /** Shows the given choice (pivot first) without starting anything. */
    void show(WorkSummary chosenWork, List<VersionSummary> versions) {
        work.setValue(chosenWork);
        if (!versions.isEmpty()) {
            pivot.setValue(versions.getFirst());
            others.setValue(versions.subList(1, versions.size()));
        }
    }

    private void showVersionsOf(WorkSummary chosen) {
        List<VersionSummary> versions = chosen == null ? List.of() : chosen.versions();
        pivot.setItems(versions);
        others.setItems(versions);
        if (!versions.isEmpty()) {
            pivot.setValue(versions.getFirst());
            others.setValue(versions.subList(1, versions.size()));
        }
    }

    private static String label(VersionSummary version) {
        return version.title() + " (" + version.language() + ")";
    }
}

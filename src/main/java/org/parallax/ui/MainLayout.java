package org.parallax.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The shell around every page: the product name and the main navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span name = new Span("Parallax");
        name.addClassName("px-brand");
        Span tagline = new Span("translation comparison and alignment");
        tagline.addClassName("px-tagline");
        HorizontalLayout navigation = new HorizontalLayout(new Anchor("", "Library"), new Anchor("compare", "Compare"));
        navigation.addClassName("px-nav");
        Div header = new Div(name, tagline, navigation);
        header.addClassName("px-header");
        addToNavbar(header);
        setDrawerOpened(false);
    }
}

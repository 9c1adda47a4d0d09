package org.parallax.core.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parallax.core.text.Span;

/**
 * Writes a text with annotated spans: nested {@code <mrk>}s where spans nest, an {@code <sm/>}/{@code <em startRef/>}
 * pair for a span that crosses an open one (XLIFF 2.1, 4.7.2 "Annotations"). On the target the annotations are the
 * flags as ITS Localization Quality Issues (ITS Module); on the source they are the spans the flags render, as
 * {@code type="term"} annotations. One instance per text.
 */
final class AnnotatedText {

    /** Writes the attributes of one annotation (after its id). */
    interface Attributes {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** An annotated span with the id its marker gets. */
    record Annotation(Span span, String id, Attributes attributes) {
    }

    private record Marker(int end, String id) {
    }

    private final XMLStreamWriter xml;
    private final String text;
    private final List<Annotation> annotations;
    private final Deque<Integer> openMrkEnds = new ArrayDeque<>();
    private final List<Marker> openMarkers = new ArrayList<>();
    private int position;

    AnnotatedText(XMLStreamWriter xml, String text, List<Annotation> annotations) {
        this.xml = xml;
        this.text = text;
        this.annotations = annotations.stream()
                .sorted(Comparator.comparingInt((Annotation a) -> a.span().start())
                        .thenComparing(Comparator.comparingInt((Annotation a) -> a.span().end()).reversed()))
                .toList();
    }

    /** The flags of a unit as ITS issues on its target; ids m1, m2, ... in the order of their spans. */
    static AnnotatedText target(XMLStreamWriter xml, ExportUnit unit) {
        List<ExportFlag> flags = inTextOrder(unit.flags());
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            ExportFlag flag = flags.get(i);
            annotations.add(new Annotation(flag.span(), "m" + (i + 1), out -> {
                out.writeAttribute("type", "its:generic");
                out.writeAttribute("its", XliffWriter.ITS_NS, "locQualityIssueType", flag.issueType());
                out.writeAttribute("its", XliffWriter.ITS_NS, "locQualityIssueComment",
                        XmlText.attribute(FlagNote.describe(flag, unit)));
            }));
        }
        return new AnnotatedText(xml, unit.target(), annotations);
    }

    /** The source spans of a unit's linked flags as term annotations; flag mN's source span gets id sN. */
    static AnnotatedText source(XMLStreamWriter xml, ExportUnit unit) {
        List<ExportFlag> flags = inTextOrder(unit.flags());
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            ExportFlag flag = flags.get(i);
            if (flag.sourceSpan() != null) {
                annotations.add(new Annotation(flag.sourceSpan(), "s" + (i + 1), out -> {
                    out.writeAttribute("type", "term");
                    out.writeAttribute("value", XmlText.attribute(flag.label()));
                }));
            }
        }
        return new AnnotatedText(xml, unit.source(), annotations);
    }

    private static List<ExportFlag> inTextOrder(List<ExportFlag> flags) {
        return flags.stream().sorted(Comparator.comparingInt(ExportFlag::start)
                .thenComparing(Comparator.comparingInt(ExportFlag::end).reversed())).toList();
    }

    void write() throws XMLStreamException {
        for (Annotation annotation : annotations) {
            advanceTo(annotation.span().start());
            if (openMrkEnds.isEmpty() || annotation.span().end() <= openMrkEnds.peek()) {
                xml.writeStartElement(XliffWriter.XLIFF_NS, "mrk");
                xml.writeAttribute("id", annotation.id());
                annotation.attributes().write(xml);
                openMrkEnds.push(annotation.span().end());
            } else {
                xml.writeEmptyElement(XliffWriter.XLIFF_NS, "sm");
                xml.writeAttribute("id", annotation.id());
                annotation.attributes().write(xml);
                openMarkers.add(new Marker(annotation.span().end(), annotation.id()));
            }
        }
        advanceTo(text.length());
    }

    /** Writes text up to {@code target}, closing every annotation that ends on the way (or at it). */
    private void advanceTo(int target) throws XMLStreamException {
        while (true) {
            int next = target;
            if (!openMrkEnds.isEmpty()) {
                next = Math.min(next, openMrkEnds.peek());
            }
            for (Marker marker : openMarkers) {
                next = Math.min(next, marker.end());
            }
            if (next > position) {
                XmlText.write(xml, text.substring(position, next));
                position = next;
            }
            boolean closed = false;
            if (!openMrkEnds.isEmpty() && openMrkEnds.peek() == position) {
                xml.writeEndElement();
                openMrkEnds.pop();
                closed = true;
            }
            for (var it = openMarkers.iterator(); it.hasNext(); ) {
                Marker marker = it.next();
                if (marker.end() == position) {
                    xml.writeEmptyElement(XliffWriter.XLIFF_NS, "em");
                    xml.writeAttribute("startRef", marker.id());
                    it.remove();
                    closed = true;
                }
            }
            if (!closed && position == target) {
                return;
            }
        }
    }
}

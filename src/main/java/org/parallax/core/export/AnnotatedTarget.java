package org.parallax.core.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a unit's target text with its flags as ITS Localization Quality Issue annotations: nested {@code <mrk>}s
 * where spans nest, an {@code <sm/>}/{@code <em startRef/>} pair for a span that crosses an open one (XLIFF 2.1,
 * 4.7.2 "Annotations" and the ITS Module). One instance per target.
 */
final class AnnotatedTarget {

    private record Marker(int end, String id) {
    }

    private final XMLStreamWriter xml;
    private final String text;
    private final List<ExportFlag> flags;
    private final Deque<Integer> openMrkEnds = new ArrayDeque<>();
    private final List<Marker> openMarkers = new ArrayList<>();
    private int position;

    AnnotatedTarget(XMLStreamWriter xml, ExportUnit unit) {
        this.xml = xml;
        this.text = unit.target();
        this.flags = unit.flags().stream()
                .sorted(Comparator.comparingInt(ExportFlag::start)
                        .thenComparing(Comparator.comparingInt(ExportFlag::end).reversed()))
                .toList();
    }

    void write() throws XMLStreamException {
        int number = 0;
        for (ExportFlag flag : flags) {
            advanceTo(flag.start());
            String id = "m" + ++number;
            if (openMrkEnds.isEmpty() || flag.end() <= openMrkEnds.peek()) {
                xml.writeStartElement(XliffWriter.XLIFF_NS, "mrk");
                annotate(id, flag);
                openMrkEnds.push(flag.end());
            } else {
                xml.writeEmptyElement(XliffWriter.XLIFF_NS, "sm");
                annotate(id, flag);
                openMarkers.add(new Marker(flag.end(), id));
            }
        }
        advanceTo(text.length());
    }

    private void annotate(String id, ExportFlag flag) throws XMLStreamException {
        xml.writeAttribute("id", id);
        xml.writeAttribute("type", "its:generic");
        xml.writeAttribute("its", XliffWriter.ITS_NS, "locQualityIssueType",
                ItsIssueType.forCategory(flag.category()).code());
        xml.writeAttribute("its", XliffWriter.ITS_NS, "locQualityIssueComment",
                XmlText.attribute(FlagNote.describe(flag, text)));
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

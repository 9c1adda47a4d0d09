package org.parallax.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings interned to dense int ids, so matching and counting run on ints. One per alignment. */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    int id(String text) {
        Integer id = ids.get(text);
        if (id == null) {
            id = texts.size();
            ids.put(text, id);
            texts.add(text);
        }
        return id;
    }

    /** The id, or -1 if the text was never interned. */
    int find(String text) {
        Integer id = ids.get(text);
        return id == null ? -1 : id;
    }

    String text(int id) {
        return texts.get(id);
    }

    int size() {
        return texts.size();
    }
}

package org.parallax.review;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.review.BeadRange;
import org.parallax.core.review.BeadStatus;
import org.parallax.core.review.ReviewBead;
import org.parallax.core.text.SegmentedParagraph;
import org.parallax.core.text.Span;
import org.parallax.library.LibraryService;
import org.parallax.library.NewVersion;
import org.parallax.library.VersionMetadata;
import org.parallax.library.VersionRole;

/**
 * For benchmarks: two English versions of {@code size} one-sentence paragraphs (three Jonah verses over and over)
 * and an alignment of them with one 1-1 bead per sentence, all AUTO with confidence 0.9. Call as a translator,
 * editor or admin (e.g. inside {@code SystemAuthentication.call}).
 */
final class LargeAlignment {

    private static final List<String> SENTENCES = List.of("Now the word of the LORD came unto Jonah.",
            "Arise, go to Nineveh, that great city, and cry against it.", "But Jonah rose up to flee.");

    private LargeAlignment() {
    }

    /** @return the new alignment's id */
    static long create(LibraryService library, ReviewService review, int size) {
        long workId = library.workFor("benchmark", "Benchmark", null);
        long source = library.addVersion(version(workId, "en-source", VersionRole.SOURCE, size));
        long target = library.addVersion(version(workId, "en-target", VersionRole.TRANSLATION, size));
        List<ReviewBead> beads = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            beads.add(new ReviewBead(new BeadRange(i, i + 1, i, i + 1), 0.9, BeadStatus.AUTO));
        }
        return review.createAlignment(workId, source, target, "benchmark", beads, "bench");
    }

    /** The text of sentence {@code k} of either version, as created. */
    static String sentence(int k) {
        return SENTENCES.get(k % SENTENCES.size());
    }

    private static NewVersion version(long workId, String slug, VersionRole role, int size) {
        List<SegmentedParagraph> paragraphs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String text = sentence(i);
            paragraphs.add(new SegmentedParagraph(text, List.of(new Span(0, text.length()))));
        }
        VersionMetadata metadata = new VersionMetadata(slug, "en", role, slug, null, null, null, null, null, null,
                null, null);
        return new NewVersion(workId, metadata, "", paragraphs, List.of());
    }
}

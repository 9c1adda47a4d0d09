package org.parallax.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard Parallax aligner: length and lexical evidence in three passes, after the scheme of
 * R. C. Moore, "Fast and Accurate Sentence Alignment of Bilingual Corpora" (AMTA 2002):
 * <ol>
 *   <li>length only (Gale &amp; Church 1993, ratio from the pair), coarse-to-fine; this fixes the search band
 *       and gives the 1-1 beads from which the length variance and the item match rates are estimated;</li>
 *   <li>length plus lexical items (numbers, marks, cognates, the caller's lexicon), in a band around pass 1, with
 *       the six bead shapes of Gale and Church;</li>
 *   <li>as 2, with every bead shape and an IBM Model 1 lexicon learned from the confident 1-1 beads of pass 2,
 *       in a narrow band around pass 2; bead confidences are the posteriors of this pass.</li>
 * </ol>
 * Confidence: the posterior probability of each bead over all paths in the final band (forward-backward),
 * at {@link #TEMPERATURE}; see docs/benchmarks.md for how well it is calibrated.
 * <p>Per-item charges adapt to the language pair because match rates are estimated on the pair itself
 * ({@link MatchRates}); the few global constants (weights, band widths, thresholds) were set once on the
 * public evaluation sets and Text+Berg dev together, not per document.
 */
final class EvidenceAligner implements Aligner {

    /** Weight of the lexical log-likelihood ratio against length and priors. */
    static final double LEXICAL_WEIGHT = 1.0;
    /**
     * Posteriors are taken at this temperature (costs divided by it). 1 is the plain posterior, with nothing to
     * choose; it is also the best calibrated: on shared/eval public + textberg-dev ({@code src/bench/calibration.py})
     * its expected calibration error is 0.007, against 0.013 at 1.5 and 0.037 at 2, the value the first aligner used
     * before null beads had a lexical charge (see docs/benchmarks.md).
     */
    static final double TEMPERATURE = 1.0;
    /** Inputs up to this many lattice cells get the full search in the lexical passes too. */
    static final long SMALL_CELLS = CoarseToFine.FULL_SEARCH_CELLS;
    /** Source segments per chunk for very long texts (see {@link #alignInChunks}). */
    static final int CHUNK = 100_000;
    static final int CUT_RUN = 6;
    /** Segments (both sides) from which item extraction gets a thread of its own (about 10 ms of work). */
    static final int PARALLEL_ITEMS = 1_000;
    /** Half-width of the band around the length-only path for the lexical pass, in segments. */
    static final int LEXICAL_WIDTH = 8;
    /** First and largest widening of the lexical band where the lexical path lost the translation. */
    static final int RESYNC_WIDTH = 32;
    static final int MAX_RESYNC_WIDTH = 512;
    /**
     * A widened band may have at most this many cells (about 600 MB for the pass), else widening stops: a long text
     * that is lost over most of its length would need more than the memory a 1M-segment alignment is allowed.
     */
    static final long MAX_RESYNC_CELLS = 16_000_000;
    /** Half-width of the band around the rest of the lexical path while a stretch is searched again. */
    static final int KEPT_WIDTH = 2;
    /**
     * Half-width of the band around the lexical path for the final pass: room for the bead shapes the second pass
     * leaves out (up to four segments a side). Against 6 on the long sets and the 10k input (docs/benchmarks.md,
     * "Speed at 10k, third round"): one bead in 5,574 lost, 0.1 s at 10k saved.
     */
    static final int REFINE_WIDTH = 4;

    @Override
    public Alignment align(AlignmentInput input) {
        int n = input.source().size();
        int m = input.target().size();
        boolean chunked = n + m > 2 * CHUNK;
        // the items depend on nothing that follows until the lexical pass: extract them on the other core meanwhile
        Background<Items> items = chunked ? null : Background.start("parallax-items",
                n + m >= PARALLEL_ITEMS, () -> Items.extract(input));
        double[] sourceLengths = Paths.lengths(input.source());
        double[] targetLengths = Paths.lengths(input.target());
        double ratio = Paths.lengthRatio(sourceLengths, targetLengths);
        Band band = CoarseToFine.band(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE);
        List<BandedSearch.Step> lengthPath = new BandedSearch(band, BeadTypes.GALE_CHURCH,
                new LengthCost(sourceLengths, targetLengths, ratio, LengthCost.PUBLISHED_VARIANCE)).bestPath();
        if (chunked) {
            return alignInChunks(input, lengthPath);
        }
        double variance = Paths.lengthVariance(lengthPath, sourceLengths, targetLengths, ratio);
        BeadCost lengthCost = new LengthCost(sourceLengths, targetLengths, ratio, variance, false);

        Items extracted = items.join();
        Vocabulary vocabulary = extracted.vocabulary();
        SideItems target = extracted.target();
        SideItems sourceItems = extracted.source();
        IdLexicon given = extracted.given();
        SideItems source = extracted.sourceWithGiven();
        LexicalPass lexicalPass = new LexicalPass(source, target, MatchRates.estimate(lengthPath, source, target),
                lengthCost);
        LexicalPass.Result lexicalResult = isSmall(n, m) ? lexicalPass.run(band)
                : resynchronised(lexicalPass, CoarseToFine.around(lengthPath, n, m, LEXICAL_WIDTH));
        List<BandedSearch.Step> lexicalPath = lexicalResult.path();

        IdLexicon learned = learnLexicon(lexicalPath, lexicalResult.cost(), source, target, vocabulary.size());
        SideItems refinedSource = sourceItems.withLexicon(given.union(learned));
        Band narrow = isSmall(n, m) ? band : CoarseToFine.around(lexicalPath, n, m, REFINE_WIDTH);
        LexicalCost refined = new LexicalCost(refinedSource, target,
                MatchRates.estimate(lexicalPath, refinedSource, target), narrow, LEXICAL_WEIGHT, true);
        List<BandedSearch.Step> path = new BandedSearch(narrow, BeadTypes.EXTENDED, lengthCost.plus(refined))
                .bestPathWithPosteriors(TEMPERATURE);
        return Paths.toAlignment(path);
    }

    /**
     * The lexical pass in a band around the length-only path; where its path has then lost the translation
     * ({@link UnsupportedStretches}: a long passage left out on one side moves the true path further than the band
     * reaches), the band is widened there, by {@value #RESYNC_WIDTH} segments and four times more each round up to
     * {@value #MAX_RESYNC_WIDTH}, and the pass runs again, until no such stretch is left, widening no longer
     * changes the path or the band would exceed {@value #MAX_RESYNC_CELLS} cells. A path whose beads are no better
     * supported than unrelated pairs may be lost almost everywhere (a passage left out that is long against the whole
     * text): the band is first widened towards {@link BlockAnchors}. Texts without such a stretch pay for one scan
     * of their path.
     */
    private static LexicalPass.Result resynchronised(LexicalPass pass, Band band) {
        LexicalPass.Result result = pass.run(band);
        List<UnsupportedStretches.Stretch> unsupported = UnsupportedStretches.of(result.path(), pass.source(),
                pass.target());
        if (unsupported == null) {
            // no better supported than unrelated pairs: a pair without shared words, or a path lost everywhere
            Band anchored = towardsAnchors(band, result.path(), pass);
            if (anchored != band && anchored.cells() <= MAX_RESYNC_CELLS) {
                band = anchored;
                result = pass.run(band);
                // the match rates came from the lost length-only path: estimate them again on this one
                pass = pass.withRates(MatchRates.estimate(result.path(), pass.source(), pass.target()));
                result = pass.run(band);
                unsupported = UnsupportedStretches.of(result.path(), pass.source(), pass.target());
            }
        }
        for (int width = RESYNC_WIDTH; width <= MAX_RESYNC_WIDTH; width *= 4) {
            List<UnsupportedStretches.Stretch> stretches = new ArrayList<>();
            stretches.addAll(unsupported == null ? List.of() : unsupported);
            stretches.addAll(UnsupportedStretches.onInnerEdge(result.path(), band));
            if (stretches.isEmpty()) {
                return result;
            }
            // elsewhere the path stands: a narrow band keeps it there, so a round costs about what its stretches do
            Band wider = CoarseToFine.around(result.path(), band.n, band.m, KEPT_WIDTH);
            for (UnsupportedStretches.Stretch stretch : stretches) {
                wider = wider.widened(stretch.firstRow() - width, stretch.lastRow() + width, width);
            }
            if (wider.cells() > MAX_RESYNC_CELLS) {
                return result;
            }
            band = wider;
            LexicalPass.Result widened = pass.run(band);
            if (widened.path().equals(result.path())) {
                return widened;
            }
            result = widened;
            unsupported = UnsupportedStretches.of(result.path(), pass.source(), pass.target());
        }
        return result;
    }

    /**
     * The band widened over every run of {@link BlockAnchors} that lies more than a block off the path, as far as
     * the anchors lie off it; the band itself if there is none.
     */
    private static Band towardsAnchors(Band band, List<BandedSearch.Step> path, LexicalPass pass) {
        int[] targetAt = new int[band.n + 1];
        for (BandedSearch.Step step : path) {
            for (int i = step.i(); i <= step.i() + step.a(); i++) {
                targetAt[i] = step.j();
            }
        }
        Band widened = band;
        int runStart = -1;
        int runEnd = -1;
        int runOffset = 0;
        for (BlockAnchors.Anchor anchor : BlockAnchors.of(path, pass.source(), pass.target())) {
            int offset = Math.abs(anchor.j() - targetAt[anchor.i()]);
            if (offset <= BlockAnchors.BLOCK) {
                continue;
            }
            if (runStart >= 0 && anchor.i() - runEnd > RESYNC_WIDTH) {
                widened = widenedAround(widened, runStart, runEnd, runOffset);
                runStart = -1;
                runOffset = 0;
            }
            runStart = runStart < 0 ? anchor.i() : runStart;
            runEnd = anchor.i() + BlockAnchors.BLOCK;
            runOffset = Math.max(runOffset, offset);
        }
        return runStart < 0 ? widened : widenedAround(widened, runStart, runEnd, runOffset);
    }

    /**
     * Rows {@code [first, last]} widened by the offset of their anchors and {@value #RESYNC_WIDTH} more, and as many
     * rows before them: a length-only path drifts away gradually, so it is already off where the anchors begin.
     */
    private static Band widenedAround(Band band, int first, int last, int offset) {
        int width = offset + RESYNC_WIDTH;
        return band.widened(first - width, last + RESYNC_WIDTH, width);
    }

    /**
     * The second pass: length and lexical items (without the learned lexicon), in a band, with Gale and Church's six
     * bead shapes only. It has to find the confident 1-1 beads and place the final band; the larger beads are left to
     * the final pass, and its beads take about a third of the work to evaluate (Text+Berg dev 0.908 -> 0.904, two
     * beads; no other set changed).
     */
    private record LexicalPass(SideItems source, SideItems target, MatchRates rates, BeadCost lengthCost) {

        record Result(LexicalCost cost, List<BandedSearch.Step> path) {
        }

        LexicalPass withRates(MatchRates newRates) {
            return new LexicalPass(source, target, newRates, lengthCost);
        }

        Result run(Band band) {
            LexicalCost lexical = new LexicalCost(source, target, rates, band, LEXICAL_WEIGHT);
            return new Result(lexical,
                    new BandedSearch(band, BeadTypes.GALE_CHURCH, lengthCost.plus(lexical)).bestPath());
        }
    }

    /**
     * Very long texts are cut into chunks of about {@value #CHUNK} source segments, at the middle of a run of
     * {@value #CUT_RUN} 1-1 beads of the length-only path (a place where even length alone is sure), and the
     * chunks are aligned one by one; this bounds the memory for items and lexical matches, and each chunk is
     * still long enough to estimate its own match rates and lexicon.
     */
    private Alignment alignInChunks(AlignmentInput input, List<BandedSearch.Step> lengthPath) {
        List<Bead> beads = new ArrayList<>();
        int chunkSource = 0;
        int chunkTarget = 0;
        int run = 0;
        for (int k = 0; k < lengthPath.size(); k++) {
            BandedSearch.Step step = lengthPath.get(k);
            run = isOneToOne(step) ? run + 1 : 0;
            boolean cut = run >= CUT_RUN && step.i() + 1 - chunkSource >= CHUNK && k + CUT_RUN < lengthPath.size();
            if (cut) {
                int cutSource = step.i() - CUT_RUN / 2 + 1;
                int cutTarget = step.j() - CUT_RUN / 2 + 1;
                addChunk(input, chunkSource, cutSource, chunkTarget, cutTarget, beads);
                chunkSource = cutSource;
                chunkTarget = cutTarget;
                run = 0;
            }
        }
        addChunk(input, chunkSource, input.source().size(), chunkTarget, input.target().size(), beads);
        return new Alignment(beads);
    }

    private void addChunk(AlignmentInput input, int s0, int s1, int t0, int t1, List<Bead> beads) {
        for (Bead bead : align(input.slice(s0, s1, t0, t1)).beads()) {
            beads.add(Bead.of(s0 + (bead.source().isEmpty() ? 0 : bead.source().getFirst()), bead.source().size(),
                    t0 + (bead.target().isEmpty() ? 0 : bead.target().getFirst()), bead.target().size(),
                    bead.confidence()));
        }
    }

    /**
     * The lexical items of both sides interned in one vocabulary, the caller's lexicon in the same ids, and the
     * source side with that lexicon's translations.
     */
    private record Items(Vocabulary vocabulary, SideItems source, SideItems target, IdLexicon given,
                         SideItems sourceWithGiven) {

        static Items extract(AlignmentInput input) {
            Vocabulary vocabulary = new Vocabulary();
            SideItems target = SideItems.extract(input.target(), vocabulary);
            SideItems source = SideItems.extract(input.source(), vocabulary);
            IdLexicon given = IdLexicon.of(input.lexicon(), vocabulary);
            return new Items(vocabulary, source, target, given, source.withLexicon(given));
        }
    }

    /** Small inputs get the full search in every pass: a length-only path can be far off, and it is cheap. */
    private static boolean isSmall(int n, int m) {
        return (long) (n + 1) * (m + 1) <= SMALL_CELLS;
    }

    /** Model 1 on the 1-1 beads of the path that have lexical support and 1-1 neighbours (likely right). */
    private static IdLexicon learnLexicon(List<BandedSearch.Step> path, LexicalCost lexical,
                                          SideItems source, SideItems target, int vocabularySize) {
        List<int[]> sources = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int k = 1; k + 1 < path.size(); k++) {
            BandedSearch.Step step = path.get(k);
            if (isOneToOne(step) && isOneToOne(path.get(k - 1)) && isOneToOne(path.get(k + 1))
                    && lexical.cost(step.i(), 1, step.j(), 1) < 0) {
                sources.add(source.wordsOf(step.i()));
                targets.add(target.wordsOf(step.j()));
            }
        }
        return sources.isEmpty() ? IdLexicon.EMPTY : Model1.train(sources, targets, vocabularySize);
    }

    private static boolean isOneToOne(BandedSearch.Step step) {
        return step.a() == 1 && step.b() == 1;
    }
}

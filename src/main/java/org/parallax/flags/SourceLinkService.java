package org.parallax.flags;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.parallax.core.review.BeadRange;
import org.parallax.core.text.Span;
import org.parallax.review.AlignmentRealigned;
import org.parallax.review.BeadsChanged;
import org.parallax.review.ConflictException;
import org.parallax.users.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link from a flag on a translation to the span of the aligned source it renders ("prove" → "доказали"): found by
 * the source term's stems whenever an alignment of the flag's version is made or re-made, the flag's bead is merged,
 * split or moved or has a sentence edited, split or merged, or set, cleared and re-linked by an editor. Every change
 * is a row of the flag's history.
 */
@Service
@Transactional
public class SourceLinkService {

    private final FlagRepository flags;
    private final AlignedSources alignedSources;
    private final SourceLinking linking;

    SourceLinkService(FlagRepository flags, AlignedSources alignedSources) {
        this.flags = flags;
        this.alignedSources = alignedSources;
        this.linking = new SourceLinking(flags);
    }

    /**
     * Links the flags of a newly made or re-made alignment's target version to the source spans their terms render.
     * Links a person chose are kept; automatic ones follow the new beads (and go when the term is no longer there).
     */
    @EventListener
    public void linkSources(AlignmentRealigned realigned) {
        AlignedSource aligned = alignedSources.of(realigned.alignmentId());
        for (Flag flag : flags.find(new FlagQuery(null, null, null, aligned.targetVersionId()), Integer.MAX_VALUE)) {
            follow(aligned, flag, realigned.actor(), "not found after re-aligning; was ");
        }
    }

    /**
     * Links again, as re-aligning does, the flags in the target sentences of beads an editor merged, split or moved,
     * or whose sentences an editor edited, split or merged (or whose change was undone, redone or reverted). Links a
     * person chose are kept, and so are automatic links to another alignment's source: a bead edit here says nothing
     * about that alignment.
     */
    @EventListener
    public void followBeads(BeadsChanged changed) {
        BeadRange region = changed.region();
        List<Flag> followed = flags.startingInSentences(changed.targetVersionId(), region.targetStart(),
                        region.targetEnd()).stream()
                .filter(f -> followsItsTerm(f)
                        && (f.source() == null || f.source().versionId() == changed.sourceVersionId()))
                .toList();
        if (followed.isEmpty()) {
            return; // as for most bead edits: no need to load any text
        }
        AlignedSource aligned = alignedSources.around(changed);
        for (Flag flag : followed) {
            if (aligned.startsInTargetSentences(flag, region.targetStart(), region.targetEnd())) {
                follow(aligned, flag, changed.actor(), "not found after the beads were changed; was ");
            }
        }
    }

    /** Whether the aligner keeps the flag's link: it has a term, is not rejected, and no one chose its link. */
    private static boolean followsItsTerm(Flag flag) {
        return flag.sourceTerm() != null && flag.status() != FlagStatus.REJECTED
                && (flag.source() == null || flag.source().isAutomatic());
    }

    /** Moves the flag's automatic link to where its term now is in its bead, or clears it if the term is gone. */
    private void follow(AlignedSource aligned, Flag flag, String actor, String whyCleared) {
        if (!followsItsTerm(flag)) {
            return;
        }
        Optional<Span> found = aligned.locate(flag);
        if (found.isPresent()) {
            SourceLink link = aligned.found(found.get());
            if (!link.equals(flag.source())) {
                linking.link(flag, link, actor);
            }
        } else if (flag.source() != null && flag.source().versionId() == aligned.sourceVersionId()) {
            linking.clear(flag, actor, whyCleared);
        }
    }

    /** Links a flag to a span of an alignment's source chosen by a person. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Flag linkSource(long flagId, int lockVersion, long alignmentId, Span sourceSpan, String editor) {
        SourceLink link = alignedSources.of(alignmentId).chosen(sourceSpan, editor);
        return linking.link(current(flagId, lockVersion), link, editor);
    }

    /**
     * Links a flag again to where its source term is found in the alignment's bead.
     *
     * @throws IllegalArgumentException when the term is not found there; the flag is left as it was
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Flag relinkSource(long flagId, int lockVersion, long alignmentId, String editor) {
        AlignedSource aligned = alignedSources.of(alignmentId);
        Flag flag = current(flagId, lockVersion);
        Span found = aligned.locate(flag).orElseThrow(() -> new IllegalArgumentException(flag.sourceTerm() == null
                ? "the flag has no source term to look for"
                : "\"" + flag.sourceTerm() + "\" is not in the aligned source sentences"));
        return linking.link(flag, aligned.found(found), editor);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Flag clearSource(long flagId, int lockVersion, String editor) {
        Flag flag = current(flagId, lockVersion);
        return flag.source() == null ? flag : linking.clear(flag, editor, "was ");
    }

    /** The flag as it is now, if it is still at the lock version the caller saw. */
    private Flag current(long flagId, int lockVersion) {
        Flag flag = flags.find(flagId).orElseThrow(() -> new IllegalArgumentException("no flag " + flagId));
        if (flag.lockVersion() != lockVersion) {
            throw new ConflictException("This flag was changed by someone else since you loaded it; reload to see "
                    + "the change.");
        }
        return flag;
    }
}

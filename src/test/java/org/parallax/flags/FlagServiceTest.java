package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.flags.FlagCategory;
import org.parallax.core.text.Span;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.review.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ParallaxIntegrationTest
@WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
class FlagServiceTest {

    @Autowired
    FlagService flags;

    @Autowired
    LibraryService library;

    @Test
    void shouldSuggestTheSeedsInterventionsWhenTheCorpusIsImported() {
        assertThat(flags.ofVersion(seedVersion("telegram-khrushchev-to-mikoyan-1962-11-11").summary().id())).hasSize(11);
        assertThat(flags.ofVersion(seedVersion("instructions-to-mikoyan-1962-11-16").summary().id())).hasSize(7);

        Flag prove = flags.find(new FlagQuery(FlagCategory.SOURCE_TERM_KEPT.name(), null, "prove", null)).getFirst();
        assertThat(prove.text()).isEqualTo("prove");
        assertThat(prove.sourceTerm()).isEqualTo("доказать");
        assertThat(prove.transliteration()).isEqualTo("dokazat’");
        assertThat(prove.status()).isEqualTo(FlagStatus.PROPOSED);
        VersionText telegram = library.version(prove.versionId()).orElseThrow();
        assertThat(telegram.textOf(prove.span())).isEqualTo("prove");
    }

    @Test
    void shouldApproveOnceAndRefuseAStaleDecision() {
        Flag note = flags.find(new FlagQuery(FlagCategory.EDITORIAL_NOTE.name(), null, "Soviet interests", null))
                .getFirst();

        Flag approved = flags.approve(note.id(), note.lockVersion(), "edith");

        assertThat(approved.status()).isEqualTo(FlagStatus.APPROVED);
        assertThatThrownBy(() -> flags.reject(note.id(), note.lockVersion(), "other-editor"))
                .isInstanceOf(ConflictException.class);
        assertThat(flags.history(note.id())).first().asString().startsWith("approve by edith");
    }

    @Test
    void shouldListEveryRenderingOfASourceTerm() {
        VersionText kjv = library.version(library.work("jonah")
                .orElseThrow().versions().getFirst().id()).orElseThrow();
        int start = kjv.body().indexOf("Arise");
        flags.create(kjv.summary().id(), new Span(start, start + "Arise".length()),
                FlagCategory.LEXICAL_CHOICE.name(), "доказать", null, "a made-up link, for the test only", "tester");

        List<Rendering> renderings = flags.renderings("доказать");

        assertThat(renderings).extracting(Rendering::text).containsExactlyInAnyOrder("prove", "arise");
    }

    private VersionText seedVersion(String workSlug) {
        long id = library.work(workSlug).orElseThrow()
                .versions().getFirst().id();
        return library.version(id).orElseThrow();
    }
}

package org.parallax.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.core.text.Span;
import org.parallax.export.ExportFormat;
import org.parallax.export.ExportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionText;
import org.parallax.library.WorkSummary;
import org.parallax.review.AlignmentJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The category list as data: seeded with the nine built-in categories, managed by administrators only. */
@ParallaxIntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class FlagCategoryServiceTest {

    @Autowired
    FlagCategoryService categories;

    @Autowired
    FlagService flags;

    @Autowired
    LibraryService library;

    @Autowired
    AlignmentJobs jobs;

    @Autowired
    ExportService exports;

    @Test
    void shouldStartWithTheNineCategoriesOfTheIssueInOrder() {
        assertThat(categories.all().subList(0, 9)).extracting(Category::code).containsExactly("SOURCE_TERM_KEPT",
                "EDITORIAL_INSERTION", "EDITORIAL_NOTE", "OMISSION", "LEXICAL_CHOICE", "ADDITION", "TERMINOLOGY",
                "REGISTER", "POSSIBLE_MISTRANSLATION");
        assertThat(categories.all().subList(0, 9)).extracting(Category::label).containsExactly("Source term kept",
                "Editorial insertion", "Editorial note", "Omission", "Lexical choice", "Addition", "Terminology",
                "Register / tone", "Possible mistranslation");
        assertThat(categories.all().getFirst().itsIssueType()).isEqualTo("terminology");
        assertThat(categories.all().getFirst().color()).isEqualTo("#e9defb");
    }

    @Test
    void shouldAddRenameAndRecolorACategoryThatNewFlagsThenUse() {
        Category added = categories.add("calque", "Calque", "#AABBCC", "style");
        assertThat(added).isEqualTo(new Category("CALQUE", "Calque", "#aabbcc", "style", false));

        categories.rename("CALQUE", "Calque (loan translation)");
        categories.recolor("CALQUE", "#c0ffee");
        categories.changeIssueType("CALQUE", "mistranslation");

        assertThat(categories.offered()).contains(new Category("CALQUE", "Calque (loan translation)", "#c0ffee",
                "mistranslation", false));
        VersionText english = udhr("en");
        Flag flag = flags.create(english.summary().id(), span(english, "Universal"), "CALQUE", null, null, null, "ada");
        assertThat(flag.category().label()).isEqualTo("Calque (loan translation)");
        assertThat(flag.category().textColor()).isEqualTo("#394c47");
    }

    @Test
    void shouldRefuseBadInputWithAClearMessage() {
        assertThatThrownBy(() -> categories.add("9lives", "Nine", "#ffffff", "other"))
                .hasMessageContaining("code is a letter");
        assertThatThrownBy(() -> categories.add("TERMINOLOGY", "Terms", "#ffffff", "other"))
                .hasMessage("There is already a category with the code TERMINOLOGY.");
        assertThatThrownBy(() -> categories.add("TERMS", "terminology", "#ffffff", "other"))
                .hasMessage("There is already a category labelled \"terminology\".");
        assertThatThrownBy(() -> categories.add("TERMS", "Terms", "red", "other")).hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> categories.add("TERMS", "Terms", "#ffffff", "wrong"))
                .hasMessage("Not an ITS 2.0 issue type: wrong.");
        assertThat(categories.all()).extracting(Category::code).doesNotContain("TERMS", "9LIVES");
    }

    @Test
    void shouldKeepARetiredCategoryOnOldFlagsAndInExportsButNotOfferIt() {
        categories.add("GLOSS", "Gloss", "#ffe4b5", "addition");
        VersionText english = udhr("en");
        Flag old = flags.create(english.summary().id(), span(english, "Declaration"), "GLOSS", null, null, null, "ada");

        categories.retire("GLOSS");

        assertThat(categories.offered()).extracting(Category::code).doesNotContain("GLOSS");
        assertThat(categories.all()).contains(new Category("GLOSS", "Gloss", "#ffe4b5", "addition", true));
        assertThatThrownBy(() -> flags.create(english.summary().id(), span(english, "Human"), "GLOSS", null, null,
                null, "ada")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the category \"Gloss\" is retired and no longer offered for new flags");
        assertThat(flags.find(new FlagQuery("GLOSS", null, null, null))).extracting(Flag::id).containsExactly(old.id());
        long alignment = jobs.alignNow(udhr("ru").summary().id(), english.summary().id(), "ada", done -> { },
                new AtomicBoolean());
        String csv = new String(exports.export(alignment, ExportFormat.CSV), StandardCharsets.UTF_8);
        String xliff = new String(exports.export(alignment, ExportFormat.XLIFF), StandardCharsets.UTF_8);
        int inTitle = "Universal Declaration of Human Rights".indexOf("Declaration");
        assertThat(csv).contains(inTitle + "-" + (inTitle + "Declaration".length()) + "|GLOSS|||proposed");
        assertThat(xliff).contains("its:locQualityIssueType=\"addition\" its:locQualityIssueComment=\"Gloss: "
                + "&quot;Declaration&quot;");

        categories.reinstate("GLOSS");
        assertThat(categories.offered()).extracting(Category::code).contains("GLOSS");
    }

    @Test
    void shouldRefuseToDeleteACategoryInUseButDeleteAnUnusedOne() {
        categories.add("PUN", "Pun", "#e0e0ff", "other");
        categories.add("UNUSED", "Never used", "#e0e0e0", "other");
        VersionText english = udhr("en");
        flags.create(english.summary().id(), span(english, "Rights"), "PUN", null, null, null, "ada");

        assertThatThrownBy(() -> categories.delete("PUN")).isInstanceOf(IllegalStateException.class)
                .hasMessage("\"Pun\" cannot be deleted: 1 flag has it. Retire it instead, so it is no longer offered "
                        + "for new flags.");
        categories.delete("UNUSED");

        assertThat(categories.all()).extracting(Category::code).contains("PUN").doesNotContain("UNUSED");
    }

    @Test
    @WithMockUser(username = "edith", roles = {"EDITOR", "TRANSLATOR"})
    void shouldRefuseAnEditorEveryChangeToTheList() {
        assertThatThrownBy(() -> categories.add("EDITED", "Edited", "#ffffff", "other"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.rename("TERMINOLOGY", "Terms")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.recolor("TERMINOLOGY", "#000000"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.retire("TERMINOLOGY")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.delete("ADDITION")).isInstanceOf(AccessDeniedException.class);
        assertThat(categories.offered()).extracting(Category::label).contains("Terminology", "Addition");
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRANSLATOR")
    void shouldRefuseATranslatorEveryChangeToTheList() {
        assertThatThrownBy(() -> categories.add("MINE", "Mine", "#ffffff", "other"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.reinstate("TERMINOLOGY")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.changeIssueType("TERMINOLOGY", "other"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Span span(VersionText version, String word) {
        int start = version.body().indexOf(word);
        return new Span(start, start + word.length());
    }

    private VersionText udhr(String slug) {
        WorkSummary work = library.work("udhr").orElseThrow();
        long id = work.version(slug).orElseThrow().id();
        return library.version(id).orElseThrow();
    }
}

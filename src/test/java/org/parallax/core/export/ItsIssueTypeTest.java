package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.parallax.core.flags.FlagCategory;

class ItsIssueTypeTest {

    @Test
    void shouldMapEveryFlagCategoryToASpecificItsType() {
        for (FlagCategory category : FlagCategory.values()) {
            assertNotEquals(ItsIssueType.OTHER, ItsIssueType.forCategory(category.name()), category.name());
        }
    }

    @Test
    void shouldMapCategoriesAsDocumented() {
        assertEquals("terminology", ItsIssueType.forCategory("SOURCE_TERM_KEPT").code());
        assertEquals("terminology", ItsIssueType.forCategory("terminology").code());
        assertEquals("addition", ItsIssueType.forCategory("editorial-insertion").code());
        assertEquals("addition", ItsIssueType.forCategory("Editorial note").code());
        assertEquals("omission", ItsIssueType.forCategory("OMISSION").code());
        assertEquals("mistranslation", ItsIssueType.forCategory("possible_mistranslation").code());
        assertEquals("style", ItsIssueType.forCategory("LEXICAL_CHOICE").code());
        assertEquals("register", ItsIssueType.forCategory("REGISTER").code());
        assertEquals("other", ItsIssueType.forCategory("my-own-category").code());
    }
}

package org.parallax.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportValuesTest {

    @Test
    void shouldJoinABeadsSentencesWithOneSpace() {
        ExportUnit unit = ExportUnit.ofSentences(3, List.of("One.", "Two."), List.of("Uno."), "APPROVED", 1, null);

        assertEquals(new ExportUnit(3, "One. Two.", "Uno.", "approved", 1.0, List.of()), unit);
    }

    @Test
    void shouldRefuseAFlagOutsideTheTargetText() {
        ExportFlag tooFar = new ExportFlag(2, 9, "terminology", null, null, null, null, null);

        assertThrows(IllegalArgumentException.class,
                () -> new ExportUnit(0, "source", "target", "auto", 0.5, List.of(tooFar)));
    }

    @Test
    void shouldRefuseUnknownStatusesAndConfidencesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new ExportUnit(0, "a", "b", "done", 0.5, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ExportUnit(0, "a", "b", "auto", 1.5, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ExportUnit(0, "a", "b", "auto", Double.NaN, List.of()));
    }

    @Test
    void shouldNormaliseWellFormedLanguageTagsAndRefuseOthers() {
        ExportDocument document = new ExportDocument("en-us", "zh-hans-cn", null, null, List.of(), ExportFixtures.TOOL);

        assertEquals("en-US", document.sourceLanguage());
        assertEquals("zh-Hans-CN", document.targetLanguage());
        assertEquals("", document.sourceTitle());
        assertThrows(IllegalArgumentException.class,
                () -> new ExportDocument("english!", "ru", "", "", List.of(), ExportFixtures.TOOL));
        assertThrows(IllegalArgumentException.class,
                () -> new ExportDocument("en", " ", "", "", List.of(), ExportFixtures.TOOL));
    }

    @Test
    void shouldDefaultAFlagsLabelToItsCategory() {
        ExportFlag flag = new ExportFlag(0, 1, "omission", " ", null, null, null, null);

        assertEquals("omission", flag.label());
        assertEquals("", flag.sourceTerm());
    }

    @Test
    void shouldReadBackAFlagCodeWithEscapes() {
        ExportFlag flag = new ExportFlag(4, 12, "source-term-kept", "Source term kept", "a\\b|c", "x;y", "dropped",
                "approved");

        assertEquals("4-12|source-term-kept|a\\\\b\\|c|x\\;y|approved", FlagCode.encode(flag));
        assertEquals(new ExportFlag(4, 12, "source-term-kept", null, "a\\b|c", "x;y", "", "approved"),
                FlagCode.decode(FlagCode.encode(flag)));
        assertThrows(IllegalArgumentException.class, () -> FlagCode.decode("4-12|only|three"));
        assertThrows(IllegalArgumentException.class, () -> FlagCode.decode("x-12|a|b|c|d"));
    }
}

package org.parallax.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceDialogCutPointsTest {

    @Test
    void shouldOfferTheStartOfEveryWordButTheFirst() {
        String verse = "So they took up Jonah, and cast him forth into the sea: and the sea ceased from her raging.";

        assertThat(SentenceDialog.cutPoints(verse)).hasSize(18).startsWith(3, 8)
                .contains(verse.indexOf("and the sea ceased"));
        assertThat(SentenceDialog.cutPoints("Amen.")).isEmpty();
        assertThat(SentenceDialog.cutPoints("Arise,  go")).containsExactly(8);
    }
}

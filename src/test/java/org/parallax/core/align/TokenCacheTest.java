package org.parallax.core.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {

    @Test
    void shouldGiveEveryTokenOfRealTextsTheItemOfItsFirstLookUpAndAskOncePerDistinctToken() {
        List<String> segments = new ArrayList<>();
        segments.addAll(EvalSets.lines("eval/textberg-dev/dev.de"));
        segments.addAll(EvalSets.lines("eval/textberg-dev/dev.fr"));
        segments.addAll(EvalSets.lines("eval/public/udhr-en-ja/tgt.txt"));
        Map<String, int[]> expected = new HashMap<>();
        List<String> asked = new ArrayList<>();
        TokenCache cache = new TokenCache(token -> {
            asked.add(token);
            return token.length() < 3 ? null : new int[] {token.length(), asked.size()};
        });
        int lookUps = 0;
        for (String segment : segments) {
            for (int start = 0; start < segment.length(); ) {
                int end = start;
                int hash = 0;
                while (end < segment.length() && !Character.isWhitespace(segment.charAt(end))) {
                    hash = TokenCache.hash(hash, segment.charAt(end++));
                }
                if (end > start) {
                    String token = segment.substring(start, end);
                    int[] item = cache.get(segment.toCharArray(), start, end, hash);
                    if (!expected.containsKey(token)) {
                        expected.put(token, item);
                    }
                    assertThat(item).as(token).isSameAs(expected.get(token));
                    assertThat(item == null).as(token).isEqualTo(token.length() < 3);
                    lookUps++;
                }
                start = end + 1;
            }
        }
        assertThat(asked).hasSize(expected.size()).doesNotHaveDuplicates();
        assertThat(expected.size()).as("distinct tokens, enough to make the table of 4,096 slots grow twice")
                .isGreaterThan(4096);
        assertThat(lookUps).isGreaterThan(2 * expected.size());
    }
}

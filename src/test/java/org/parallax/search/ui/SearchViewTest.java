package org.parallax.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxViewTest;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.parallax.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The search page without a browser, over the index of the sample corpus. */
@WithMockUser(username = "sasha", roles = "SCHOLAR")
class SearchViewTest extends ParallaxViewTest {

    @Autowired
    SearchService search;

    @Test
    void shouldShowEveryHitAsAKeywordInContext() {
        navigate(SearchView.class);

        search("Nineveh");

        SearchResult expected = search.search(SearchQuery.words("Nineveh"));
        assertThat(expected.total()).isGreaterThan(10);
        assertThat(shownHits()).containsExactlyElementsOf(expected.hits());
        assertThat(status()).matches(expected.total() + " sentences match \\(\\d+\\.\\d ms\\)");

        SearchHit first = expected.hits().getFirst();
        ConcordanceLine line = (ConcordanceLine) hits().getCellComponent(0, 0);
        assertThat(spans(line)).extracting(Span::getText).containsSubsequence(
                first.workTitle() + " · " + first.versionTitle() + " (" + first.language() + ") · sentence "
                        + (first.sentence() + 1),
                first.left(), first.match(), first.right());
        assertThat(spans(line).filter(s -> s.hasClassName("px-kwic-match")).map(Span::getText))
                .singleElement().asString().isEqualToIgnoringCase("nineveh");
    }

    @Test
    void shouldSearchOneLanguageWithARegularExpression() {
        navigate(SearchView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = $(RadioButtonGroup.class).single();
        test(mode).selectItem("Regular expression");
        select("search-language").selectItem("Spanish (es)");

        search("nin.*");

        SearchResult expected = search.search(SearchQuery.regex("nin.*").inLanguage("es"));
        assertThat(expected.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.language()).isEqualTo("es"));
        assertThat(shownHits()).containsExactlyElementsOf(expected.hits());
    }

    @Test
    void shouldExplainAQueryItCannotReadInsteadOfShowingHits() {
        navigate(SearchView.class);
        search("Nineveh");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = $(RadioButtonGroup.class).single();
        test(mode).selectItem("Regular expression");

        search("nin[");

        Throwable refused = catchThrowable(() -> search.search(SearchQuery.regex("nin[")));
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(status()).isEqualTo(refused.getMessage());
        assertThat($(Span.class).id("search-status").hasClassName("px-error")).isTrue();
        assertThat(hits().size()).isZero();
    }

    private void search(String text) {
        test($(TextField.class).id("search-query")).setValue(text);
        test($(Button.class).id("search-button")).click();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.select.SelectTester<Select<String>, String> select(String id) {
        return test((Select<String>) $(Select.class).id(id));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<SearchHit>, SearchHit> hits() {
        return test((Grid<SearchHit>) $(Grid.class).id("search-hits"));
    }

    private List<SearchHit> shownHits() {
        GridTester<Grid<SearchHit>, SearchHit> hits = hits();
        return IntStream.range(0, hits.size()).mapToObj(hits::getRow).toList();
    }

    private String status() {
        return $(Span.class).id("search-status").getText();
    }

    private static Stream<Span> spans(Component root) {
        return Stream.concat(root instanceof Span span ? Stream.of(span) : Stream.empty(),
                root.getChildren().flatMap(SearchViewTest::spans));
    }
}

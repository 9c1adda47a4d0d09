package org.parallax.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words for the index in any script: Unicode word segmentation (UAX #29, Lucene's StandardTokenizer), full- and
 * half-width forms folded, lower case, and Chinese/Japanese characters indexed as overlapping bigrams with the
 * single characters kept too, so both one-character and longer queries match. No stemming: a concordance shows
 * the forms the text has.
 */
final class ScriptAwareAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

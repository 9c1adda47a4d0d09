package org.parallax.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The pretrained OpenNLP models on the classpath (Maven artifacts {@code opennlp-models-*} 1.3.0), each loaded
 * once and shared: models are immutable and thread-safe, the {@code *ME} classes that use them are not.
 */
final class OpenNlpModels {

    private static final Map<String, String> SENTENCE_RESOURCES = Map.of(
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin");
    private static final String LANGDETECT_RESOURCE = "/langdetect-183.bin";

    private static final Map<String, SentenceModel> SENTENCE_MODELS = new ConcurrentHashMap<>();
    private static volatile LanguageDetectorModel languageModel;

    private OpenNlpModels() {
    }

    static boolean hasSentenceModel(String language) {
        return SENTENCE_RESOURCES.containsKey(language);
    }

    static Optional<SentenceModel> sentenceModel(String language) {
        String resource = SENTENCE_RESOURCES.get(language);
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(SENTENCE_MODELS.computeIfAbsent(language, l -> load(resource, SentenceModel::new)));
    }

    static LanguageDetectorModel languageModel() {
        LanguageDetectorModel model = languageModel;
        if (model == null) {
            synchronized (OpenNlpModels.class) {
                if (languageModel == null) {
                    languageModel = load(LANGDETECT_RESOURCE, LanguageDetectorModel::new);
                }
                model = languageModel;
            }
        }
        return model;
    }

    private interface Loader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}

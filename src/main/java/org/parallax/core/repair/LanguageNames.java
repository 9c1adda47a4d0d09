package org.parallax.core.repair;

import java.util.Locale;
import java.util.Optional;

/** Maps an English language name as archives print it ("Russian") to its BCP 47 tag ("ru"). */
final class LanguageNames {

    private LanguageNames() {
    }

    static Optional<String> tagOf(String englishName) {
        String name = englishName.strip();
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.of(code);
            if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return Optional.of(locale.toLanguageTag());
            }
        }
        return Optional.empty();
    }
}

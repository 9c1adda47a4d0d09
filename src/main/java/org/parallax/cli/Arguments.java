package org.parallax.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into options with a value ({@code --format json} or {@code --format=json}) and the
 * files around them. Anything wrong is a {@link UsageException} with a one-line message.
 */
final class Arguments {

    private final Map<String, String> values;
    private final List<String> files;

    private Arguments(Map<String, String> values, List<String> files) {
        this.values = values;
        this.files = files;
    }

    /** @param options the options this command knows, each taking one value, e.g. {@code "--format"} */
    static Arguments parse(List<String> args, Set<String> options) {
        Map<String, String> values = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                files.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            if (!options.contains(option)) {
                throw new UsageException("unknown option " + option);
            }
            if (equals >= 0) {
                values.put(option, arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                values.put(option, args.get(++i));
            } else {
                throw new UsageException(option + " needs a value");
            }
        }
        return new Arguments(values, files);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** The value of {@code --format}: one of {@code allowed}, the first when the option is not given. */
    String format(String... allowed) {
        String format = value("--format").orElse(allowed[0]);
        if (!List.of(allowed).contains(format)) {
            throw new UsageException("unknown format \"" + format + "\" (use " + String.join(" or ", allowed) + ")");
        }
        return format;
    }

    /** The one file the command works on. */
    String file() {
        if (files.isEmpty()) {
            throw new UsageException("missing FILE");
        }
        if (files.size() > 1) {
            throw new UsageException("only one FILE expected, got " + String.join(" and ", files));
        }
        return files.getFirst();
    }
}

package io.factunit.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which kind of mention a claim is made of. */
public enum MentionKind {
    QUANTITY, DATE, DURATION, PERSON, QUOTE;

    private static final Map<String, MentionKind> BY_YAML_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MentionKind::yamlName, Function.identity()));

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} as rule files write it ("quantity"); looked up in a map, as claims ask per mention. */
    public static MentionKind ofYamlName(String name) {
        MentionKind kind = BY_YAML_NAME.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("no mention kind '" + name + "'");
        }
        return kind;
    }
}

package io.factunit.rules;

/** Which kind of mention a claim is made of. */
public enum MentionKind {
    QUANTITY, DATE, DURATION, PERSON, QUOTE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

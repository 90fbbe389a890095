package io.factunit.rules;

/** Where something is in a rule file: 1-based line and column; 0 when unknown. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}

package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> PATTERNS = Arrays.asList(
            Pattern.compile("Skip to content", FLAGS),
            Pattern.compile("(?:\\d+|No) Comments?", FLAGS),
            null,
            Pattern.compile(".{0,3}x", FLAGS),
            Pattern.compile("\\s*Advertisement", FLAGS),
            Pattern.compile("\u201CQuote", FLAGS));

    @Test
    void aCharAllowsOnlyThePatternsThatCanStartWithIt() {
        FirstChars whole = new FirstChars(PATTERNS, true);

        assertThat(whole.viable('S')).isEqualTo(0b001001); // "Skip", and ".{0,3}x" takes any char
        assertThat(whole.viable('s')).isEqualTo(0b001001); // case-insensitive
        assertThat(whole.viable('7')).isEqualTo(0b001010);
        assertThat(whole.viable('n')).isEqualTo(0b001010);
        assertThat(whole.viable('x')).isEqualTo(0b001000); // matches "x" alone
        assertThat(whole.viable(' ')).isEqualTo(0b011000);
        assertThat(whole.viable('\u201C')).isEqualTo(0b101000);
        assertThat(whole.viable('\uD83D')).isEqualTo(0b111011); // a surrogate: every pattern, none of the nulls
    }

    @Test
    void lookingAtAllowsAPatternThatAlreadyMatchedOnTheFirstChar() {
        FirstChars prefix = new FirstChars(List.of(Pattern.compile("a|b+")), false);

        assertThat(prefix.viable('a')).isEqualTo(1);
        assertThat(prefix.viable('b')).isEqualTo(1);
        assertThat(prefix.viable('c')).isZero();
    }

    @Test
    void neverRulesOutAPatternThatMatchesASeedLine() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("../seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            }
        }
        lines.addAll(List.of("0 Comments", "No comment", "Advertisement", "  advertisement", "xx", "Skip to content"));
        FirstChars whole = new FirstChars(PATTERNS, true);
        FirstChars prefix = new FirstChars(PATTERNS, false);
        int matched = 0;
        for (String line : lines) {
            for (int i = 0; i < PATTERNS.size(); i++) {
                Pattern pattern = PATTERNS.get(i);
                if (pattern != null && pattern.matcher(line).matches()) {
                    matched++;
                    assertThat(whole.viable(line.charAt(0)) & (1L << i)).as(line).isNotZero();
                }
                if (pattern != null && pattern.matcher(line).lookingAt()) {
                    assertThat(prefix.viable(line.charAt(0)) & (1L << i)).as(line).isNotZero();
                }
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(6);
    }
}

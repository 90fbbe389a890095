package io.factunit.mention;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Applies the {@link DatePatterns} to a paragraph, only where an anchor word makes a match possible. */
final class DateScanner {

    /** A parsed expression at [start, end) of the text. */
    record Candidate(int start, int end, DateExpression expression) {
    }

    private DateScanner() {
    }

    /**
     * The expressions in a paragraph, longest first where they overlap, in text order. Every expression holds
     * an anchor word (digit, month, weekday, time word: {@link DateVocabulary#anchor}) and starts a few words
     * before one at most (the rule's lead), so each pattern is only tried, anchored, at those word starts: the
     * cost grows with the number of anchor words, not with the length of the text.
     */
    /** The most words any rule puts before its first anchor word. */
    private static final int MAX_LEAD = DatePatterns.RULES.stream().mapToInt(DatePatterns.Rule::lead).max().orElse(0);

    static List<Candidate> find(CharSequence text, List<Sentence> paragraph) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : paragraph) {
            tokens.addAll(sentence.tokens());
        }
        int[] toAnchor = new int[tokens.size()];
        int anchors = 0;
        int distance = Integer.MAX_VALUE;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int anchor = DateVocabulary.anchor(tokens.get(i).text());
            anchors |= anchor;
            distance = anchor != 0 ? 0 : distance == Integer.MAX_VALUE ? distance : distance + 1;
            toAnchor[i] = distance;
        }
        if (anchors == 0) {
            return List.of();
        }
        int end = paragraph.get(paragraph.size() - 1).end();
        Matcher[] matchers = new Matcher[DatePatterns.RULES.size()];
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (toAnchor[i] > MAX_LEAD) {
                continue; // too far before any anchor word for every rule: most tokens of a paragraph
            }
            for (int r = 0; r < DatePatterns.RULES.size(); r++) {
                DatePatterns.Rule rule = DatePatterns.RULES.get(r);
                if (toAnchor[i] > rule.lead() || (anchors & rule.anchors()) != rule.anchors()) {
                    continue;
                }
                if (matchers[r] == null) {
                    matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[r].region(tokens.get(i).start(), end);
                if (m.lookingAt()) {
                    DateExpression expression = rule.parse().apply(m);
                    if (expression != null) {
                        all.add(new Candidate(m.start("x"), m.end("x"), expression));
                    }
                }
            }
        }
        return ClockAnchors.anchor(text, longestFirst(all));
    }

    private static List<Candidate> longestFirst(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.start() - c.end()));
        List<Candidate> chosen = new ArrayList<>();
        int covered = -1;
        for (Candidate candidate : all) {
            if (candidate.start() >= covered) {
                chosen.add(candidate);
                covered = candidate.end();
            }
        }
        return chosen;
    }
}

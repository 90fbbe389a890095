package io.factunit.claim;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.Article;
import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.rules.ClaimDefinition;
import io.factunit.rules.MentionKind;
import io.factunit.rules.RuleException;
import io.factunit.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives mentions a meaning: each mention that matches a claim definition (head noun, verb, context words,
 * modifiers, pattern) becomes a {@link Claim}. Matching is on lemmas, never on raw regexes over the
 * whole text alone, and a mention may be a claim of several kinds.
 */
public final class ClaimExtractor {
    /** Character reads allowed to one pattern on one sentence before it is judged runaway. */
    private static final long PATTERN_BUDGET = 1_000_000;

    private final List<ClaimDefinition> definitions;

    public ClaimExtractor(RuleSet rules) {
        this.definitions = rules.claims();
    }

    public List<Claim> extract(AnalyzedArticle analyzed, List<? extends Mention> mentions) {
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = analyzed.sentences();
        // A sentence's words, gathered once however many of its mentions are matched against them.
        Map<Integer, Set<String>> lemmasBySentence = new HashMap<>();
        TimeAnchors anchors = null;
        for (Mention mention : mentions) {
            Sentence sentence = sentences.get(mention.sentence());
            MentionKind kind = kindOf(mention);
            Set<String> lemmas = null;
            for (ClaimDefinition definition : definitions) {
                if (definition.mention() != kind) {
                    continue;
                }
                if (lemmas == null) {
                    lemmas = lemmasBySentence.computeIfAbsent(mention.sentence(), i -> lemmas(sentence));
                }
                if (matches(definition, mention, sentence, lemmas)) {
                    if (anchors == null && definition.qualifiers().contains("time-anchor")) {
                        anchors = new TimeAnchors(mentions);
                    }
                    String qualifier = qualifier(definition, analyzed.article(), mention, sentence, anchors);
                    claims.add(new Claim(analyzed.article().id() + ":" + definition.id() + ":" + mention.start(),
                            definition.id(), analyzed.article(), mention, qualifier, sentence.text(),
                            analyzed.article().position(mention.start())));
                }
            }
        }
        return claims;
    }

    static MentionKind kindOf(Mention mention) {
        return MentionKind.ofYamlName(mention.kind());
    }

    private static boolean matches(ClaimDefinition definition, Mention mention, Sentence sentence, Set<String> lemmas) {
        if (mention instanceof QuantityMention q) {
            // "killed 12": a bare number stands for the heads where the claim allows it
            if (!definition.heads().isEmpty() && !countsAny(definition.heads(), q)
                    && !(definition.bare() && q.head() == null)) {
                return false;
            }
            if (!definition.verbs().isEmpty() && (q.verb() == null || !definition.verbs().contains(q.verb()))
                    && !nominalVerb(definition, q, sentence)) {
                return false;
            }
            // "one of the fatalities": a claim named by its noun alone does not count a part of the group
            if (definition.verbs().isEmpty() && q.partitive()) {
                return false;
            }
            if (!definition.modifiers().isEmpty() && !anyIn(definition.modifiers(), q.modifiers())) {
                return false;
            }
            if (anyIn(definition.unlessModifiers(), q.modifiers())) {
                return false; // "another 5", "5 other people": a part added to a count stated elsewhere
            }
        } else if (mention instanceof DurationMention d) {
            if (!definition.heads().isEmpty() && (d.head() == null || !definition.heads().contains(d.head()))) {
                return false;
            }
        } else if (mention instanceof DateMention d) {
            // a stated range ("from November 24 to December 1"), not a period such as "last weekend"
            if (definition.rangeOnly() && d.rangeEnd() == null) {
                return false;
            }
            if (definition.event() && (d.event() == null
                    || !definition.verbs().isEmpty() && !definition.verbs().contains(d.event().predicate()))) {
                return false;
            }
        }
        if (!definition.context().isEmpty() && !anyIn(definition.context(), lemmas)) {
            return false;
        }
        if (anyIn(definition.unless(), lemmas)) {
            return false;
        }
        return definition.pattern() == null || find(definition, sentence);
    }

    /**
     * News often names the event as a noun: "the release of 105 hostages", "the deaths of 12 people".
     * Such a noun right before the number (over "of" and an optional article) counts as its verb.
     */
    private static boolean nominalVerb(ClaimDefinition definition, QuantityMention q, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAt(q.start()) - 1;
        if (i >= 0 && "DET".equals(tokens.get(i).upos())) {
            i--;
        }
        if (i < 1 || !"of".equalsIgnoreCase(tokens.get(i).text())) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        return "NOUN".equals(noun.upos()) && definition.verbs().contains(noun.lemma());
    }

    /** Whether the number counts one of these lemmas, as head or as a coordinated noun; no list built per claim. */
    static boolean countsAny(Set<String> heads, QuantityMention q) {
        if (q.head() != null && heads.contains(q.head())) {
            return true;
        }
        for (int i = 0; i < q.alsoCounts().size(); i++) {
            if (heads.contains(q.alsoCounts().get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean find(ClaimDefinition definition, Sentence sentence) {
        try {
            String text = sentence.text();
            return DeepStack.run(text.length(),
                    () -> definition.pattern().matcher(new BoundedText(text, PATTERN_BUDGET)).find());
        } catch (BoundedText.BudgetExceeded e) {
            throw new RuleException(definition.location(), "pattern '" + definition.pattern().pattern()
                    + "' of claim '" + definition.id() + "' backtracks without end on the sentence \""
                    + abbreviate(sentence.text()) + "\"; simplify it (avoid nested repetition like (a+)+)");
        } catch (StackOverflowError e) {
            // DeepStack gives a pattern room for any sentence; one that recurses several times per character
            // can still exhaust it. The stack unwinds to here, so the run can say which pattern it was.
            throw new RuleException(definition.location(), "pattern '" + definition.pattern().pattern()
                    + "' of claim '" + definition.id() + "' recurses too deeply on the sentence \""
                    + abbreviate(sentence.text()) + "\" (" + sentence.text().length() + " characters); simplify"
                    + " it (a repeated group of alternatives like (.|\\s)* recurses once per character: write"
                    + " [\\s\\S]* instead)");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static boolean anyIn(Set<String> wanted, Iterable<String> present) {
        if (present instanceof Set<String> words && words.size() > wanted.size()) {
            for (String word : wanted) { // the same answer, walking the smaller set: a sentence has many words
                if (words.contains(word)) {
                    return true;
                }
            }
            return false;
        }
        for (String word : present) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lemmas(Sentence sentence) {
        Set<String> lemmas = new HashSet<>();
        for (Token token : sentence.tokens()) {
            lemmas.add(token.lemma());
            lemmas.add(token.word().lowerCase());
        }
        return lemmas;
    }

    private static String qualifier(ClaimDefinition definition, Article article, Mention mention, Sentence sentence,
                                    TimeAnchors anchors) {
        if (definition.qualifiers().isEmpty()) {
            return definition.event() ? EventKey.of((DateMention) mention) : "";
        }
        List<String> parts = new ArrayList<>();
        if (definition.event()) {
            parts.add(EventKey.of((DateMention) mention));
        }
        for (String qualifier : definition.qualifiers()) {
            String value = switch (qualifier) {
                case "time-anchor" -> anchors.of(mention);
                case "subject" -> subject(mention, sentence);
                case "published" -> article.published() == null ? "unknown" : article.published().toString();
                default -> throw new IllegalStateException("qualifier " + qualifier);
            };
            parts.add(qualifier + "=" + (value == null ? "none" : value));
        }
        return String.join(", ", parts);
    }

    /** The nearest noun before the governing verb: "Israel" in "Israel released 240 prisoners". */
    private static String subject(Mention mention, Sentence sentence) {
        if (!(mention instanceof QuantityMention q) || q.verb() == null) {
            return null;
        }
        int verbIndex = -1;
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < mention.start(); i++) {
            if (tokens.get(i).isVerb() && q.verb().equals(tokens.get(i).lemma())) {
                verbIndex = i;
            }
        }
        for (int i = verbIndex - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isNoun()) {
                return token.lemma();
            }
            if ("PUNCT".equals(token.upos()) && !"’s".equals(token.text())) {
                break;
            }
        }
        return null;
    }
}

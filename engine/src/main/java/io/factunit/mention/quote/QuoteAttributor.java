package io.factunit.mention.quote;

import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.mention.LookupForm;
import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence says spoke a quote, as a noun phrase of the sentence. Works on the sentence's tokens
 * with every quotation replaced by one {@link #QUOTE} placeholder token, so that nothing inside quotes is
 * taken for the speaker. Tried in this order:
 * <ol>
 *   <li>a short quote (up to three words) that modifies the noun after it is a scare quote
 *       ("a “humanitarian” deal"): nobody is said to have spoken it;</li>
 *   <li>"NP described ... as “Q”" → NP;</li>
 *   <li>a speech verb, nearest to the quote first: "NP said", "he added that", or inverted after a comma or
 *       the quote ("“…,” said Ahelbarra");</li>
 *   <li>"according to NP".</li>
 * </ol>
 */
final class QuoteAttributor {
    /** Part-of-speech tag of the placeholder that stands for a quotation in the context. */
    static final String QUOTE = "QUOTE";

    private static final int SCARE_QUOTE_WORDS = 3;
    private final Set<String> speechVerbs;
    private final Set<String> subjectPronouns;

    QuoteAttributor(Language language) {
        speechVerbs = Set.copyOf(language.words(WordList.SPEECH_VERB).words());
        subjectPronouns = Set.copyOf(language.words(WordList.SUBJECT_PRONOUN).words());
    }

    /** The words naming the speaker, as token indices first..last of the context. */
    record Source(int first, int last) {
    }

    /**
     * @param context the sentence tokens, quotations replaced by placeholders
     * @param quote   index of the placeholder of the quote to attribute
     * @param words   number of words inside the quote
     * @param closed  whether the quoted words end in punctuation ("“constructive,”"), so they are no modifier
     * @return the speaker's noun phrase, or null
     */
    Source attribute(List<Token> context, int quote, int words, boolean closed) {
        boolean modifier = !closed && quote + 1 < context.size() && context.get(quote + 1).isNoun();
        if (words <= SCARE_QUOTE_WORDS && modifier) {
            return null;
        }
        Source source = describedAs(context, quote);
        if (source == null) {
            source = speechVerb(context, quote);
        }
        return source != null ? source : accordingTo(context);
    }

    private Source describedAs(List<Token> context, int quote) {
        if (quote == 0 || !"as".equals(lower(context.get(quote - 1)))) {
            return null;
        }
        for (int v = quote - 2; v >= 0; v--) {
            if (context.get(v).isVerb() && "describe".equals(context.get(v).lemma())) {
                return subjectBefore(context, v);
            }
        }
        return null;
    }

    private Source speechVerb(List<Token> context, int quote) {
        // Walk outwards from the quote; at equal distance the verb after it wins ("“…,” he said").
        for (int distance = 1; distance < context.size(); distance++) {
            for (int v : new int[] {quote + distance, quote - distance}) {
                if (v < 0 || v >= context.size() || !isSpeechVerb(context.get(v))) {
                    continue;
                }
                boolean inverted = v == 0 || isComma(context.get(v - 1)) || QUOTE.equals(context.get(v - 1).upos());
                Source source = inverted ? subjectAfter(context, v) : subjectBefore(context, v);
                if (source == null) {
                    source = inverted ? subjectBefore(context, v) : subjectAfter(context, v);
                }
                if (source != null) {
                    return source;
                }
            }
        }
        return null;
    }

    private Source accordingTo(List<Token> context) {
        for (int i = 0; i + 2 < context.size(); i++) {
            if ("according".equals(lower(context.get(i))) && "to".equals(lower(context.get(i + 1)))) {
                int last = i + 1;
                while (last + 1 < context.size() && !isBoundary(context.get(last + 1))) {
                    last++;
                }
                return last > i + 1 ? new Source(i + 2, last) : null;
            }
        }
        return null;
    }

    /** "a Hamas source told", "Hamas official Ghazi Hamad has said", "he said". */
    private Source subjectBefore(List<Token> context, int verb) {
        int i = verb - 1;
        while (i >= 0 && ("AUX".equals(context.get(i).upos()) || "ADV".equals(context.get(i).upos())
                || "not".equals(lower(context.get(i))))) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        if (isSubjectPronoun(context.get(i))) {
            return new Source(i, i);
        }
        int first = -1;
        for (int j = i; j >= 0; j--) {
            Token token = context.get(j);
            if (isNominal(token) || LookupForm.isPossessive(token) || "of".equals(lower(token))) {
                first = j;
            } else if ("DET".equals(token.upos())) {
                first = j;
                if (j == 0 || !"of".equals(lower(context.get(j - 1)))) {
                    break;
                }
            } else {
                break;
            }
        }
        return first < 0 ? null : new Source(first, i);
    }

    /** "said Al Jazeera’s Hashem Ahelbarra", "said the source". */
    private Source subjectAfter(List<Token> context, int verb) {
        int i = verb + 1;
        if (i < context.size() && isSubjectPronoun(context.get(i))) {
            return new Source(i, i);
        }
        int last = -1;
        for (; i < context.size(); i++) {
            Token token = context.get(i);
            boolean leadingDeterminer = "DET".equals(token.upos()) && last < 0;
            if (leadingDeterminer || isNominal(token) || (last >= 0 && LookupForm.isPossessive(token))) {
                last = i;
            } else {
                break;
            }
        }
        return last < 0 || "DET".equals(context.get(last).upos()) ? null : new Source(verb + 1, last);
    }

    boolean isSubjectPronoun(Token token) {
        return "PRON".equals(token.upos()) && subjectPronouns.contains(lower(token));
    }

    private boolean isSpeechVerb(Token token) {
        return "VERB".equals(token.upos()) && speechVerbs.contains(token.lemma());
    }

    private static boolean isNominal(Token token) {
        return switch (token.upos()) {
            case "NOUN", "PROPN", "ADJ", "NUM" -> true;
            default -> false;
        };
    }

    private static boolean isBoundary(Token token) {
        return "PUNCT".equals(token.upos()) || QUOTE.equals(token.upos());
    }

    private static boolean isComma(Token token) {
        return ",".equals(token.text());
    }

    private static String lower(Token token) {
        return LookupForm.of(token);
    }
}

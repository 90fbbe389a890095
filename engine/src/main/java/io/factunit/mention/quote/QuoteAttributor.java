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
 *   <li>a title in quotation marks ("appeared on “Meet the Press”", "a movie called “The Notorious Bettie
 *       Page”": a short phrase in title case after a word that is no speech verb) has no speaker;</li>
 *   <li>a speech verb, nearest to the quote first: "NP said", "he added that", or inverted after a comma or
 *       the quote ("“…,” said Ahelbarra"). The noun after a verb of the addressee column ("told") is who was
 *       spoken to, never the speaker: the speaker is the subject before it, past an apposition ("Ema Suryani,
 *       a doctor, told AFP"). A passive names the speaker after "by" ("Credico was told by Stone"). A
 *       participle after a comma speaks for the subject of the clause it hangs on ("X told reporters that
 *       Hiller called 911, saying “…”": Hiller);</li>
 *   <li>"according to NP".</li>
 * </ol>
 */
final class QuoteAttributor {
    /** Part-of-speech tag of the placeholder that stands for a quotation in the context. */
    static final String QUOTE = "QUOTE";

    private static final int SCARE_QUOTE_WORDS = 3;
    /** Words an apposition or a relative clause between commas may have before a speech verb. */
    private static final int APPOSITION_WORDS = 30;
    private final Set<String> speechVerbs;
    /** Speech verbs whose object is the person spoken to: "told". */
    private final Set<String> addresseeVerbs;
    private final Set<String> subjectPronouns;
    private final Set<String> negations;

    QuoteAttributor(Language language) {
        speechVerbs = Set.copyOf(language.words(WordList.SPEECH_VERB).words());
        addresseeVerbs = Set.copyOf(language.words(WordList.SPEECH_VERB).words(row -> row.column(0).equals("addressee")));
        subjectPronouns = Set.copyOf(language.words(WordList.SUBJECT_PRONOUN).words());
        negations = Set.copyOf(language.words(WordList.NEGATION).words());
    }

    /** The words naming the speaker, as token indices first..last of the context. */
    record Source(int first, int last) {
    }

    /**
     * @param context the sentence tokens, quotations replaced by placeholders
     * @param quote   index of the placeholder of the quote to attribute
     * @param words   number of words inside the quote
     * @param closed  whether the quoted words end in punctuation ("“constructive,”"), so they are no modifier
     * @param title   whether the quoted words are a short phrase in title case ("Meet the Press")
     * @return the speaker's noun phrase, or null
     */
    Source attribute(List<Token> context, int quote, int words, boolean closed, boolean title) {
        boolean modifier = !closed && quote + 1 < context.size() && context.get(quote + 1).isNoun();
        if (words <= SCARE_QUOTE_WORDS && modifier || title && isTitlePosition(context, quote)) {
            return null;
        }
        Source source = describedAs(context, quote);
        if (source == null) {
            source = speechVerb(context, quote);
        }
        return source != null ? source : accordingTo(context);
    }

    /** A title follows a preposition, a determiner, a noun or a verb that says nothing: "on", "the show", "called". */
    private boolean isTitlePosition(List<Token> context, int quote) {
        if (quote == 0) {
            return false;
        }
        Token before = context.get(quote - 1);
        return switch (before.upos()) {
            case "ADP", "DET", "NOUN", "PROPN", "ADJ" -> true;
            case "VERB" -> !speechVerbs.contains(before.lemma());
            default -> false;
        };
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
                Source source = speakerOf(context, v);
                if (source != null) {
                    return source;
                }
            }
        }
        return null;
    }

    /** Who a speech verb says spoke: its subject, the noun after it when inverted, or the agent of a passive. */
    private Source speakerOf(List<Token> context, int v) {
        boolean passive = v + 1 < context.size() && "by".equals(lower(context.get(v + 1)))
                && v > 0 && "AUX".equals(context.get(v - 1).upos());
        if (passive) {
            return subjectAfter(context, v + 1);
        }
        if (addresseeVerbs.contains(context.get(v).lemma())) {
            return subjectBefore(context, v); // "told AFP": AFP was spoken to
        }
        if (v > 1 && isComma(context.get(v - 1)) && lower(context.get(v)).endsWith("ing")) {
            Source clause = clauseSubject(context, v - 1);
            if (clause != null) {
                return clause; // "X told reporters that Hiller called 911, saying “…”": Hiller says it
            }
        }
        boolean inverted = v == 0 || isComma(context.get(v - 1)) || QUOTE.equals(context.get(v - 1).upos());
        Source source = inverted ? subjectAfter(context, v) : subjectBefore(context, v);
        if (source == null) {
            source = inverted ? subjectBefore(context, v) : subjectAfter(context, v);
        }
        return source;
    }

    /**
     * The subject of the clause a participle after a comma ("…, saying") hangs on: that of the nearest verb
     * before the comma, within the sentence's last clause before it. Null when no verb with a subject is found.
     */
    private Source clauseSubject(List<Token> context, int comma) {
        for (int j = comma - 1; j > 0; j--) {
            Token token = context.get(j);
            if (QUOTE.equals(token.upos()) || isComma(token)) {
                return null;
            }
            if ("VERB".equals(token.upos())) {
                return subjectBefore(context, j);
            }
        }
        return null;
    }

    /** "according to Egyptian officials": the noun phrase after it, and nothing further. */
    private Source accordingTo(List<Token> context) {
        for (int i = 0; i + 2 < context.size(); i++) {
            if ("according".equals(lower(context.get(i))) && "to".equals(lower(context.get(i + 1)))) {
                return subjectAfter(context, i + 1);
            }
        }
        return null;
    }

    /** "a Hamas source told", "Hamas official Ghazi Hamad has said", "he said". */
    private Source subjectBefore(List<Token> context, int verb) {
        int i = verb - 1;
        while (i >= 0 && ("AUX".equals(context.get(i).upos()) || "ADV".equals(context.get(i).upos())
                || negations.contains(lower(context.get(i))))) {
            i--;
        }
        if (i > 0 && isComma(context.get(i)) && !lower(context.get(verb)).endsWith("ing")) {
            i = beforeApposition(context, i); // ", saying" has the clause's subject, far before
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

    /**
     * The subject of a verb after a comma: "Ema Suryani, a doctor at a clinic, told" and "Reid, whose
     * career ..., described" skip the apposition or clause back to the name before it; "The head of the
     * union, Giannis Panagopoulos, said" keeps the name that is the apposition. Returns the index of the
     * subject's last word, or that of the word before the comma when no comma opens an apposition.
     */
    private static int beforeApposition(List<Token> context, int comma) {
        boolean name = true;
        for (int j = comma - 1; j > 0 && comma - j <= APPOSITION_WORDS; j--) {
            Token token = context.get(j);
            if (isComma(token)) {
                return name && j < comma - 1 ? comma - 1 : j - 1;
            }
            if (QUOTE.equals(token.upos())) {
                break;
            }
            name &= "PROPN".equals(token.upos());
        }
        return comma - 1;
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

    private static boolean isComma(Token token) {
        return ",".equals(token.text());
    }

    private static String lower(Token token) {
        return LookupForm.of(token);
    }
}

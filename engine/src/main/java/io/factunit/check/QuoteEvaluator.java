package io.factunit.check;

import io.factunit.analysis.WordCache;
import io.factunit.claim.Claim;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.mention.quote.QuoteMention;
import io.factunit.rules.CheckDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * same-quote: the same words in quotation marks are put in the same mouth in every article. Quotes are
 * grouped by their words (case and punctuation aside); a conflict needs two different named speakers.
 */
final class QuoteEvaluator implements GroupEvaluator {
    /** "he", "they" ({@code subject-pronoun.txt}): a speaker the finder resolved, not one the sentence names. */
    private final Set<String> pronouns;

    QuoteEvaluator(Language language) {
        pronouns = language.words(WordList.SUBJECT_PRONOUN).words();
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return normalise(((QuoteMention) claim.mention()).quote());
    }

    /** Quotes of fewer words are too common to tie to one speaker ("constructive", "full victory"). */
    private static final int MIN_WORDS = 3;

    @Override
    public boolean applies(Claim claim) {
        return normalise(((QuoteMention) claim.mention()).quote()).split(" ").length >= MIN_WORDS;
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Each quote's normal form, kept: the rule's condition and its grouping both ask for it. */
    private static final WordCache<String> NORMALISED = new WordCache<>(10_000);
    private static final Function<String, String> NORMALISE = quote ->
            NOT_WORD.matcher(quote.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();

    static String normalise(String quote) {
        return NORMALISED.get(quote, NORMALISE);
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        String quote = "“" + ((QuoteMention) claims.get(0).mention()).quote() + "”";
        if (Evidence.articles(claims).size() < 2) {
            return Results.skipped(check, quote, key, "only " + Evidence.articleList(claims) + " quotes it", claims);
        }
        // "Mr. Jackman", "Hugh Jackman" and "actor Hugh Jackman" are one speaker: compare surnames by sound
        Map<String, Claim> bySpeaker = new LinkedHashMap<>();
        for (Claim claim : claims) {
            String speaker = ((QuoteMention) claim.mention()).speaker();
            // "he said" is resolved to the person named nearby, which is a guess: only a speaker the sentence
            // names can contradict another
            if (speaker != null && !isPronoun(((QuoteMention) claim.mention()).source())) {
                bySpeaker.putIfAbsent(PersonIdentity.ofName(speaker), claim);
            }
        }
        String attributed = String.join(" / ", claims.stream().map(QuoteEvaluator::attribution).distinct().toList());
        if (bySpeaker.size() <= 1) {
            String summary = quote + " from " + attributed + " in " + Evidence.count(Evidence.articles(claims).size());
            return Results.passed(check, quote, key, summary, check.title() + ": " + summary + "."
                    + Evidence.lines(claims, QuoteEvaluator::attribution), claims);
        }
        List<Claim> speakers = List.copyOf(bySpeaker.values());
        Claim outlier = speakers.get(speakers.size() - 1);
        String expected = ((QuoteMention) speakers.get(0).mention()).speaker();
        String actual = ((QuoteMention) outlier.mention()).speaker();
        String summary = quote + " is attributed to " + String.join(" and ", speakers.stream()
                .map(c -> ((QuoteMention) c.mention()).speaker()).toList());
        return Results.failed(check, check.severity(), quote, key, summary,
                check.title() + ": one quote, different speakers:" + Evidence.lines(claims, QuoteEvaluator::attribution),
                claims, outlier, expected, actual);
    }

    private boolean isPronoun(String source) {
        return source != null && pronouns.contains(source.toLowerCase(Locale.ROOT));
    }

    private static String attribution(Claim claim) {
        QuoteMention q = (QuoteMention) claim.mention();
        return q.speaker() != null ? q.speaker() : q.source() != null ? q.source() : "unattributed";
    }
}

package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.quote.QuoteMention;
import io.factunit.mention.quote.QuoteWord;
import io.factunit.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * quote-wording: one quotation is worded the same in every article that quotes it. All of a story's quotes
 * form one Drools group; {@link Quotations} finds the quotations in it (quotes of different articles with
 * most words shared, in order), and each quotation is one result: passed when every aligned pair agrees
 * word for word, failed with a word diff ({@code we will [never → not] accept}) when one outlet's words
 * differ. Faithful edits are no change: a quote cut shorter, an ellipsis, a bracketed insertion, case,
 * punctuation, spelling convention, numbers in words or digits, contractions ({@code QuoteWords}).
 */
final class QuoteWordingEvaluator implements GroupEvaluator {
    /** Shorter quotes are phrases many people use ("a humanitarian crisis"), not one quotation. */
    static final int MIN_WORDS = 6;
    private static final int SUBJECT_WORDS = 12;
    private static final int VALUE_CHARS = 120;

    /** Every quote of a story is compared with every other through the quotations' index: one group. */
    @Override
    public String key(CheckDefinition check, Claim claim) {
        return "";
    }

    @Override
    public boolean applies(Claim claim) {
        List<QuoteWord> words = Quotations.words(claim);
        int count = Quotations.wordCount(words);
        return count >= MIN_WORDS && words.size() <= QuoteAlignment.MAX_WORDS;
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> claims) {
        List<CheckResult> results = evaluateAll(check, key, claims);
        return results.get(0);
    }

    @Override
    public List<CheckResult> evaluateAll(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<CheckResult> results = new ArrayList<>();
        for (Quotations.Group quotation : Quotations.group(claims)) {
            results.add(judge(check, claims, quotation));
        }
        if (results.isEmpty()) {
            results.add(Results.skipped(check, "", "", "no quotation is quoted by two articles", List.of()));
        }
        return results;
    }

    private CheckResult judge(CheckDefinition check, List<Claim> claims, Quotations.Group quotation) {
        List<Claim> quotes = quotation.quotes().stream().map(claims::get).toList();
        int articles = Evidence.articles(quotes).size();
        // how many other articles quote each quote word for word: the majority's wording is the best agreed
        Map<Integer, Set<String>> agreeing = new LinkedHashMap<>();
        for (Quotations.Pair pair : quotation.pairs()) {
            if (pair.alignment().changes().isEmpty()) {
                agreeing.computeIfAbsent(pair.first(), q -> new HashSet<>()).add(claims.get(pair.second()).articleId());
                agreeing.computeIfAbsent(pair.second(), q -> new HashSet<>()).add(claims.get(pair.first()).articleId());
            }
        }
        int reference = quotation.quotes().get(0);
        for (int q : quotation.quotes()) {
            if (agreeing.getOrDefault(q, Set.of()).size() > agreeing.getOrDefault(reference, Set.of()).size()) {
                reference = q;
            }
        }
        Claim majority = claims.get(reference);
        String subject = "“" + shortQuote(majority) + "”";
        String groupKey = subjectKey(majority);
        // each changed quote once, against the partner most articles agree with
        Map<Integer, QuoteAlignment> changed = new LinkedHashMap<>();
        Map<Integer, Integer> against = new LinkedHashMap<>();
        for (Quotations.Pair pair : quotation.pairs()) {
            if (pair.alignment().changes().isEmpty()) {
                continue;
            }
            int agreeFirst = agreeing.getOrDefault(pair.first(), Set.of()).size() + (pair.first() == reference ? 1 : 0);
            int agreeSecond = agreeing.getOrDefault(pair.second(), Set.of()).size() + (pair.second() == reference ? 1 : 0);
            int outlier = agreeFirst >= agreeSecond ? pair.second() : pair.first();
            int base = outlier == pair.second() ? pair.first() : pair.second();
            QuoteAlignment alignment = outlier == pair.second() ? pair.alignment() : pair.alignment().reversed();
            Integer known = against.get(outlier);
            if (known == null || agreeing.getOrDefault(base, Set.of()).size() > agreeing.getOrDefault(known, Set.of()).size()) {
                changed.put(outlier, alignment);
                against.put(outlier, base);
            }
        }
        if (changed.isEmpty()) {
            String summary = subject + " worded alike in " + Evidence.count(articles);
            return Results.passed(check, subject, groupKey, summary, check.title() + ": " + summary + "."
                    + Evidence.lines(quotes, QuoteWordingEvaluator::value), quotes);
        }
        List<String> diffs = new ArrayList<>();
        Set<Claim> cited = new HashSet<>();
        StringBuilder message = new StringBuilder(check.title()).append(": one quotation, different words:");
        for (Map.Entry<Integer, QuoteAlignment> entry : changed.entrySet()) {
            Claim base = claims.get(against.get(entry.getKey()));
            Claim outlier = claims.get(entry.getKey());
            String diff = WordDiff.render(entry.getValue());
            diffs.add(diff);
            message.append("\n  ").append(diff)
                    .append('\n').append(Evidence.line(base, value(base)))
                    .append('\n').append(Evidence.line(outlier, value(outlier)));
            cited.add(base);
            cited.add(outlier);
        }
        if (articles >= 3) {
            message.append("\n  most common wording (").append(agreeing.getOrDefault(reference, Set.of()).size() + 1)
                    .append(" of ").append(articles).append(" articles): “").append(quote(majority)).append('”');
        }
        List<Claim> others = quotes.stream().filter(c -> !cited.contains(c)).toList();
        if (!others.isEmpty()) {
            message.append("\n  also quoted in:");
            others.forEach(c -> message.append("\n    ").append(value(c)).append(" at ").append(c.where()));
        }
        Claim outlier = claims.get(changed.keySet().iterator().next());
        Claim base = claims.get(against.get(changed.keySet().iterator().next()));
        String summary = diffs.stream().distinct().collect(Collectors.joining("; "));
        return Results.failed(check, check.severity(), subject, groupKey, summary, message.toString(), quotes,
                outlier, quote(base), quote(outlier));
    }

    private static String quote(Claim claim) {
        return ((QuoteMention) claim.mention()).quote();
    }

    private static String value(Claim claim) {
        String quote = quote(claim);
        return "“" + (quote.length() <= VALUE_CHARS ? quote : quote.substring(0, VALUE_CHARS - 1) + "…") + "”";
    }

    private static String shortQuote(Claim claim) {
        List<QuoteWord> words = Quotations.words(claim);
        StringBuilder out = new StringBuilder();
        int pieces = 0;
        int lastPiece = -1;
        for (QuoteWord word : words) {
            if (word.piece() == lastPiece) {
                continue;
            }
            if (pieces++ == SUBJECT_WORDS - 4) {
                return out.append(" …").toString();
            }
            out.append(out.isEmpty() ? "" : " ").append(word.written());
            lastPiece = word.piece();
        }
        return out.toString();
    }

    /** The group's key: its reference quote's compared words, the first dozen. */
    private static String subjectKey(Claim claim) {
        return Quotations.words(claim).stream().filter(w -> !w.gap()).limit(SUBJECT_WORDS).map(QuoteWord::form)
                .collect(Collectors.joining(" "));
    }
}

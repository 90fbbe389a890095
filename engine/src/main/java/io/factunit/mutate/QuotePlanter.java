package io.factunit.mutate;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.mention.Mention;
import io.factunit.mention.quote.QuoteMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Quote words: a quotation of three words or more that two articles give word for word. One of its content
 * words (a noun, verb, adjective or adverb as tagged) becomes another word of the same part of speech that the
 * story writes elsewhere in lower case, preferring one with the same last two letters, which keeps most
 * inflections ("losing" to "taking", "rights" to "talks"); a word already in the quote is never chosen. The
 * word is chosen first, then its replacement.
 */
final class QuotePlanter implements Planter {
    static final int MIN_WORDS = 3;
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "ADV");
    private static final int MIN_LETTERS = 3;
    private static final int ENDING = 2;

    @Override
    public PlantKind kind() {
        return PlantKind.QUOTE;
    }

    @Override
    public List<Site> sites(ArticleReading article) {
        List<Site> sites = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            if (mention instanceof QuoteMention quote) {
                List<Token> words = words(article.tokens(quote.start(), quote.end()));
                if (words.size() >= MIN_WORDS) {
                    Located text = new Located(quote.start(), quote.end(),
                            article.article().text().substring(quote.start(), quote.end()));
                    sites.add(new Site(kind(), article, mention, text, "quote " + FactWords.key(words), quote.start(),
                            quote.end()));
                }
            }
        }
        return sites;
    }

    @Override
    public Edit plant(Site site, StoryReading story, Random random) {
        List<Token> inQuote = site.article().tokens(site.target().start(), site.target().end());
        Set<String> quoted = new HashSet<>();
        inQuote.forEach(t -> quoted.add(t.text().toLowerCase(Locale.ROOT)));
        List<Token> swappable = new ArrayList<>();
        List<List<String>> replacements = new ArrayList<>();
        for (Token token : inQuote) {
            List<String> candidates = isContentWord(token) ? replacements(token, quoted, story) : List.of();
            if (!candidates.isEmpty()) {
                swappable.add(token);
                replacements.add(candidates);
            }
        }
        if (swappable.isEmpty()) {
            return null;
        }
        int word = random.nextInt(swappable.size());
        Token token = swappable.get(word);
        List<String> candidates = replacements.get(word);
        return new Edit(token.start(), token.end(), token.text(),
                Cases.like(token.text(), candidates.get(random.nextInt(candidates.size()))));
    }

    /** The story's words that may stand for {@code token}, in alphabetical order. */
    static List<String> replacements(Token token, Set<String> quoted, StoryReading story) {
        TreeMap<String, String> lemmas = new TreeMap<>();
        for (ArticleReading article : story.articles()) {
            for (Sentence sentence : article.analyzed().sentences()) {
                for (Token other : sentence.tokens()) {
                    String text = other.text();
                    if (other.upos().equals(token.upos()) && isWord(text) && text.equals(text.toLowerCase(Locale.ROOT))) {
                        lemmas.putIfAbsent(text, other.lemma());
                    }
                }
            }
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>();
        List<String> sameEnding = new ArrayList<>();
        lemmas.forEach((text, lemma) -> {
            if (!quoted.contains(text) && !lemma.equals(token.lemma())) {
                all.add(text);
                if (text.endsWith(word.substring(word.length() - ENDING))) {
                    sameEnding.add(text);
                }
            }
        });
        return sameEnding.isEmpty() ? all : sameEnding;
    }

    private static boolean isContentWord(Token token) {
        return CONTENT.contains(token.upos()) && isWord(token.text());
    }

    private static boolean isWord(String text) {
        return text.length() >= MIN_LETTERS && text.chars().allMatch(Character::isLetter);
    }

    /** The tokens that are words (a letter or digit in them), not marks. */
    private static List<Token> words(List<Token> tokens) {
        return tokens.stream().filter(t -> t.text().chars().anyMatch(Character::isLetterOrDigit)).toList();
    }
}

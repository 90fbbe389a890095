package io.factunit.mutate;

import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.Mention;
import io.factunit.mention.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures: a quantity written with one group of digits ("1,200", "1.9 million", "$4.5bn") or one number word
 * ("twelve"). The change keeps the written form: the first significant digit moves by two or three (so the
 * figure changes by a fifth or more and keeps its digits, separators and scale word: "1,200" to "3,200",
 * "1.9 million" to "4.9 million"), or the number word becomes another of the language's number words two or
 * three away ("twelve" to "fifteen"; "twenty" to "fifty"). Ranges ("30-40") and vague amounts ("thousands")
 * are left alone.
 */
final class FigurePlanter implements Planter {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final WordTable numbers;

    FigurePlanter(Language language) {
        this.numbers = language.words(WordList.NUMBER);
    }

    @Override
    public PlantKind kind() {
        return PlantKind.FIGURE;
    }

    @Override
    public List<Site> sites(ArticleReading article) {
        List<Site> sites = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            Located number = mention instanceof QuantityMention quantity ? number(article, quantity) : null;
            FactWords.Words words = number == null ? null
                    : FactWords.around(article, mention.start(), mention.end(), FactWords.CONTEXT);
            if (words != null) {
                sites.add(new Site(kind(), article, mention, number, words.key(), words.start(), words.end()));
            }
        }
        return sites;
    }

    @Override
    public Edit plant(Site site, StoryReading story, Random random) {
        Located number = site.target();
        List<String> changes = changes(number.text());
        return changes.isEmpty() ? null : number.to(changes.get(random.nextInt(changes.size())));
    }

    /** What the number as written may become, in a fixed order. */
    List<String> changes(String number) {
        List<String> changes = new ArrayList<>();
        if (Character.isDigit(number.charAt(0))) {
            int at = 0;
            while (at < number.length() && (number.charAt(at) < '1' || number.charAt(at) > '9')) {
                at++;
            }
            if (at == number.length()) {
                return changes; // zero
            }
            int digit = number.charAt(at) - '0';
            for (int moved : new int[] {digit - 3, digit - 2, digit + 2, digit + 3}) {
                if (moved >= 1 && moved <= 9) {
                    changes.add(number.substring(0, at) + moved + number.substring(at + 1));
                }
            }
            return changes;
        }
        int value = numbers.row(number.toLowerCase(Locale.ROOT)).number();
        int step = value >= 20 ? 10 : 1; // tens move by tens: "twenty" has no neighbour "twenty-two" in one word
        for (int moved : new int[] {value - 3 * step, value - 2 * step, value + 2 * step, value + 3 * step}) {
            for (WordTable.Row row : numbers.rows()) {
                if (moved > 0 && row.number() == moved) {
                    changes.add(Cases.like(number, row.word()));
                    break;
                }
            }
        }
        return changes;
    }

    /** The number of a quantity as written, or null when it has none or several (a range, a vague amount). */
    private Located number(ArticleReading article, QuantityMention quantity) {
        String text = article.article().text().substring(quantity.start(), quantity.end());
        Matcher digits = DIGITS.matcher(text);
        if (digits.find()) {
            Located number = new Located(quantity.start() + digits.start(), quantity.start() + digits.end(),
                    digits.group());
            return digits.find() ? null : number;
        }
        Token word = null;
        for (Token token : article.tokens(quantity.start(), quantity.end())) {
            if (numbers.contains(token.text().toLowerCase(Locale.ROOT))) {
                if (word != null) {
                    return null; // "twenty one": more than one word to keep in step
                }
                word = token;
            }
        }
        if (word == null || besideNumberWord(article, word)) {
            return null;
        }
        return new Located(word.start(), word.end(), word.text());
    }

    /**
     * Whether a number word is one of several that make one number with the word beside it: "nineteen fifties"
     * (a decade, written as a year in words; a plural of a ten, "fifties", is a ten), "twenty one". As
     * "twenty-one", such a number is left alone: changing one word changes its kind, not its value ("sixteen
     * fifties"). A scale word is no number word here: "two million" is one number word, scaled.
     */
    private boolean besideNumberWord(ArticleReading article, Token word) {
        List<Token> tokens = article.sentenceAt(word.start()).tokens();
        int at = tokens.indexOf(word);
        return at > 0 && isNumberWord(tokens.get(at - 1).text())
                || at >= 0 && at + 1 < tokens.size() && isNumberWord(tokens.get(at + 1).text());
    }

    private boolean isNumberWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (numbers.contains(lower)) {
            return true;
        }
        if (lower.endsWith("ies")) {
            String ten = lower.substring(0, lower.length() - 3) + "y"; // "fifties": the plural of a ten
            return numbers.contains(ten) && numbers.row(ten).number() >= 20;
        }
        return false;
    }
}

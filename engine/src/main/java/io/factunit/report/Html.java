package io.factunit.report;

import io.factunit.article.HiddenCharacters;
import io.factunit.claim.Claim;

/** Escaping and highlighting for the HTML report. */
final class Html {
    private Html() {
    }

    /** Text safe in element content and in double- or single-quoted attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // in a page, line breaks and tabs are white space; other hidden characters (a right-to-left
                // override would reverse the sentence) are shown escaped, as in the text report
                case '\n', '\r', '\t' -> out.append(c);
                default -> out.append(HiddenCharacters.isShownEscaped(c) ? HiddenCharacters.escaped(c) : c);
            }
        }
        return out.toString();
    }

    /**
     * The claim's sentence, escaped, with the claim's words in {@code <mark>}. The sentence is the article
     * text between two offsets, so the mention is found by offset; the search by words is a fallback for a
     * sentence that cannot be placed.
     */
    static String highlighted(Claim claim, String markClass) {
        return excerpt(claim, markClass, Integer.MAX_VALUE);
    }

    /**
     * As {@link #highlighted}, with at most {@code words} words either side of the claim's words and an ellipsis
     * where the sentence goes on: "… Israel released <mark>240</mark> Palestinian prisoners."
     */
    static String excerpt(Claim claim, String markClass, int words) {
        String sentence = claim.sentence();
        int start = claim.mention().start();
        int length = claim.mention().end() - start;
        int sentenceStart = claim.article().text().lastIndexOf(sentence, start);
        int from;
        if (sentenceStart >= 0 && start + length <= sentenceStart + sentence.length()) {
            from = start - sentenceStart;
        } else {
            from = sentence.indexOf(claim.text());
            length = claim.text().length();
        }
        String open = "<mark class=\"" + markClass + "\">";
        if (from < 0) {
            return escape(sentence) + " " + open + escape(claim.text()) + "</mark>";
        }
        int begin = wordsBefore(sentence, from, words);
        int end = wordsAfter(sentence, from + length, words);
        return (begin > 0 ? "… " : "") + escape(sentence.substring(begin, from)) + open
                + escape(sentence.substring(from, from + length)) + "</mark>" + escape(sentence.substring(from + length, end))
                + (end < sentence.length() ? " …" : "");
    }

    /** Where the {@code words} words before {@code at} begin (white space between words). */
    private static int wordsBefore(String text, int at, int words) {
        int i = at;
        for (int seen = 0; seen < words && i > 0; seen++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Where the {@code words} words after {@code at} end. */
    private static int wordsAfter(String text, int at, int words) {
        int i = at;
        for (int seen = 0; seen < words && i < text.length(); seen++) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}

package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.List;

/**
 * A tally or score written as two numbers: "219-212", "27-24" (which the tokenizer may cut as "27-" "24" or
 * "60" "-46"), "9 - 3", "by a vote of 5 to 4". Read from the characters, since the tokenizer splits such pairs
 * in several ways; whether the pair is a tally or a range ("30-40 people") is the finder's call.
 *
 * <p>Not a pair: seasons and spans of years ("2008-09", "1967-1979"), a pair followed by a letter, a digit, a
 * decimal point or another dash ("24-7s", "3-2-1", "1-2.5"), a dash pair with more than three digits a side
 * (phone numbers), and "N to M" that does not descend (a range never does; "5 to 4" is a tally).
 *
 * @param last   index of the token the pair ends with
 * @param first  the first number
 * @param second the second number
 * @param withTo written with "to" ("5 to 4") rather than a dash
 */
record Tally(int last, double first, double second, boolean withTo) {
    private static final int MAX_DASH_DIGITS = 3;
    private static final int MAX_TOKENS = 5;

    /** The pair starting at token {@code i} (which starts with a digit), or null. */
    static Tally at(String text, List<Token> tokens, int i) {
        int start = tokens.get(i).start();
        int firstEnd = digits(text, start);
        if (firstEnd < 0) {
            return null;
        }
        int p = firstEnd;
        if (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        boolean withTo = false;
        if (p < text.length() && isDash(text.charAt(p))) {
            p++;
            if (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
        } else if (p > firstEnd && text.startsWith("to ", p)) {
            p += 3;
            withTo = true;
        } else {
            return null;
        }
        int secondEnd = digits(text, p);
        if (secondEnd < 0 || !endsPair(text, secondEnd)) {
            return null;
        }
        String a = text.substring(start, firstEnd);
        String b = text.substring(p, secondEnd);
        if (NumberParser.isYearLike(a)) {
            return null; // "2008-09", "1967-1979"
        }
        if (!withTo && (a.length() > MAX_DASH_DIGITS || b.length() > MAX_DASH_DIGITS)) {
            return null;
        }
        double first = value(a);
        double second = value(b);
        if (withTo && first <= second) {
            return null;
        }
        for (int k = i; k < tokens.size() && k <= i + MAX_TOKENS; k++) {
            if (tokens.get(k).end() == secondEnd) {
                return new Tally(k, first, second, withTo);
            }
            if (tokens.get(k).end() > secondEnd) {
                return null; // the pair ends inside a word
            }
        }
        return null;
    }

    /** The end of a run of digits at {@code from}, with thousands groups ("1,234"); -1 if none starts there. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        while (i + 3 < text.length() && text.charAt(i) == ',' && isDigit(text.charAt(i + 1))
                && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                && (i + 4 >= text.length() || !isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        return i;
    }

    private static boolean endsPair(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '%') {
            return false;
        }
        boolean digitNext = end + 1 < text.length() && isDigit(text.charAt(end + 1));
        return !((isDash(c) || c == '.') && digitNext);
    }

    private static double value(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}

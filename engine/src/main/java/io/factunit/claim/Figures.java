package io.factunit.claim;

import io.factunit.mention.Mention;
import io.factunit.mention.person.PersonMention;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import java.util.List;
import java.util.Locale;

/**
 * What open figure claims read from a quantity: whether it is a figure at all (it counts something, a noun or a
 * unit, and is no vague plural: "thousands" is compared by nobody) and its alignment qualifiers: what it
 * counts (head), what happened to it (verb) and whose it is (holder).
 */
final class Figures {
    private Figures() {
    }

    static boolean isFigure(Mention mention) {
        return mention instanceof QuantityMention q && q.head() != null
                && q.value().precision() != Quantity.Precision.VAGUE;
    }

    /**
     * The holder of a quantity, as the full name when it is a person the sentence names ("catherine gomes" for
     * "Catherine Gomes, 61,", beside "Gary Gomes, 35,"; the full name an article gave for "Comeaux, 49,"): of the
     * people whose surname it is, the one nearest the figure.
     */
    static String holder(Mention mention, List<PersonMention> people) {
        if (!(mention instanceof QuantityMention q) || q.holder() == null) {
            return null;
        }
        PersonMention nearest = null;
        int distance = Integer.MAX_VALUE;
        for (PersonMention person : people) {
            if (person.surname().toLowerCase(Locale.ROOT).equals(q.holder())) {
                int d = person.end() <= q.start() ? q.start() - person.end() : person.start() - q.end();
                if (Math.abs(d) < distance) {
                    nearest = person;
                    distance = Math.abs(d);
                }
            }
        }
        return nearest == null ? q.holder() : nearest.name().toLowerCase(Locale.ROOT);
    }

    /** The head, verb or holder of a quantity; null when the sentence does not say, or for other mentions. */
    static String qualifier(String name, Mention mention) {
        if (!(mention instanceof QuantityMention q)) {
            return null;
        }
        return switch (name) {
            case "head" -> q.head();
            case "verb" -> q.verb();
            case "holder" -> q.holder();
            default -> throw new IllegalArgumentException("no quantity qualifier " + name);
        };
    }
}

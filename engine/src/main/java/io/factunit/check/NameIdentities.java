package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.person.PersonMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which names of a story are one person, whatever their spelling. Two spellings are one person when their
 * surnames are the same, sound alike ({@link PersonIdentity}) or differ by a slip ({@link NameSpelling#variant}),
 * and their given names agree: the same, one left out, one the start of the other ("Sam", "Samuel"), or
 * a slip of the other when the surnames are the same. Given names that differ make different people who
 * share a surname ("Hillary Clinton", "Bill Clinton"). Two given names that differ by a slip but are both
 * written in one article belong to two people ("Charlene Kafoury" and "Charlie Kafoury", a couple); a surname
 * written two ways in one article is still one person misspelled.
 */
final class NameIdentities {
    private NameIdentities() {
    }

    /** The claims of each person, in the order of each person's first claim; claims keep their order. */
    static List<List<Claim>> people(NameSpelling.Reader names, List<Claim> claims) {
        Map<String, Spelling> spellings = new LinkedHashMap<>();
        for (Claim claim : claims) {
            String name = SpellingEvaluator.name(claim);
            spellings.computeIfAbsent(name, n -> new Spelling(names.of(n), sound(claim))).articles.add(claim.articleId());
        }
        List<Spelling> list = new ArrayList<>(spellings.values());
        int[] parent = new int[list.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        // names with a given name first; then a name without one ("Miss Jenkin") joins the one person it may
        // be, and no one when it may be two ("John Jenkin", "Kathryn Jenkin")
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (!list.get(i).name.given().isEmpty() && !list.get(j).name.given().isEmpty()) {
                    join(list, parent, members, i, j);
                }
            }
        }
        for (int j = 0; j < list.size(); j++) {
            if (!list.get(j).name.given().isEmpty()) {
                continue;
            }
            Set<Integer> people = new HashSet<>();
            int own = DisjointSets.root(parent, j);
            for (int i = 0; i < list.size(); i++) {
                int person = DisjointSets.root(parent, i);
                if (person != own && onePerson(list.get(i), list.get(j))
                        && compatible(list, members.get(person), members.get(own))) {
                    people.add(person);
                }
            }
            if (people.size() == 1) {
                join(list, parent, members, people.iterator().next(), j);
            }
        }
        List<String> order = new ArrayList<>(spellings.keySet());
        Map<Integer, List<Claim>> people = new LinkedHashMap<>();
        for (Claim claim : claims) {
            int person = DisjointSets.root(parent, order.indexOf(SpellingEvaluator.name(claim)));
            people.computeIfAbsent(person, p -> new ArrayList<>()).add(claim);
        }
        return List.copyOf(people.values());
    }

    /** A person's key: the sound of its surname as the claim writes it. */
    static String key(Claim claim) {
        return sound(claim);
    }

    private static String sound(Claim claim) {
        return PersonIdentity.ofSurname((PersonMention) claim.mention());
    }

    static boolean onePerson(Spelling a, Spelling b) {
        NameSpelling x = a.name;
        NameSpelling y = b.name;
        boolean sameSurname = x.surname().equals(y.surname());
        boolean surnameAlike = sameSurname || a.sound.equals(b.sound) || NameSpelling.variant(x.surname(), y.surname());
        if (!surnameAlike || !x.genderAgrees(y)) {
            return false; // "Miss Jenkin" is not "John Jenkin"
        }
        boolean givenAgree = x.given().equals(y.given()) || x.given().isEmpty() || y.given().isEmpty()
                || x.given().startsWith(y.given()) || y.given().startsWith(x.given())
                || sameSurname && NameSpelling.variant(x.given(), y.given());
        if (!givenAgree) {
            return false;
        }
        boolean otherGiven = !x.given().isEmpty() && !y.given().isEmpty() && !x.given().equals(y.given());
        return !otherGiven || !sharesArticle(a.articles, b.articles);
    }

    private static void join(List<Spelling> list, int[] parent, List<List<Integer>> members, int i, int j) {
        int a = DisjointSets.root(parent, i);
        int b = DisjointSets.root(parent, j);
        if (a != b && onePerson(list.get(i), list.get(j)) && compatible(list, members.get(a), members.get(b))) {
            parent[b] = a;
            members.get(a).addAll(members.get(b));
            members.get(b).clear();
        }
    }

    /**
     * Whether two groups of spellings may be one person: every pair across them agrees as {@link #onePerson}
     * says, so a name without a given name never joins "John Jenkin" and "Katie Jenkin".
     */
    private static boolean compatible(List<Spelling> list, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                if (!onePerson(list.get(i), list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sharesArticle(Set<String> a, Set<String> b) {
        for (String article : a) {
            if (b.contains(article)) {
                return true;
            }
        }
        return false;
    }

    /** One way a story writes a name: its compared parts, its surname's sound, the articles that write it. */
    static final class Spelling {
        final NameSpelling name;
        final String sound;
        final Set<String> articles = new HashSet<>();

        Spelling(NameSpelling name, String sound) {
            this.name = name;
            this.sound = sound;
        }
    }
}

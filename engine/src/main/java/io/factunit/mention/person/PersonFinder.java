package io.factunit.mention.person;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Lemmatizer;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.mention.MentionFinder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, with the titles the text binds to them ({@link TitleFinder}, {@link RoleNormalizer}).
 * Rule-based over UPOS tags and capitalisation: OpenNLP's English NER models are not on Maven Central in a
 * current form, and a name finder would not bind titles to names anyway.
 * <p>
 * A full name is a run of two or more capitalised words, with lower-case particles allowed inside ("bin",
 * "al-Nahl"). Tags are only trusted to rule words out loosely: the tagger calls "Hashem" a NOUN, "Ziyad" an
 * ADJ and "Thani" a PRON, so a closed-class tag only counts when the dictionary knows the word.
 * Leading titles, places, organisations and nationalities are stripped off the run ("Israeli Prime Minister
 * Benjamin Netanyahu" → "Benjamin Netanyahu"); what remains is not a person if it holds a listed place or
 * organisation ("Khan Yunis", "Gaza Strip"), an acronym, or only ordinary dictionary words ("Post Type
 * Selectors"). A single remaining word that equals the surname of a full name in the same article, before or
 * after it, is a surname-only reference: its mention carries the full name it links to and no title.
 * Spelling is never normalised: "Amirabdollahian" and "Amir-Abdolahian" stay apart for a later check.
 */
public final class PersonFinder implements MentionFinder.SelfContained {
    private static final int MAX_NAME_WORDS = 6;
    private static final Set<String> NON_NAME_TAGS = Set.of("INTJ", "NUM", "PUNCT", "SYM");
    /** Open classes a capitalised unknown word is often mistagged as: "Jeffs/VERB"; a known one is no name. */
    private static final Set<String> UNSURE_TAGS = Set.of("ADV", "VERB");
    /** Closed classes: a capitalised word tagged so that no dictionary knows is a tagger slip ("Thani/PRON"). */
    private static final Set<String> CLOSED_CLASS_TAGS = Set.of("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ");

    /** Lower-case particles of names ("bin", "al-", "van"). */
    private final Set<String> particles;
    private final PersonLexicon lexicon;
    private final Language language;
    private final Lemmatizer dictionary = new Lemmatizer();
    private final TitleFinder titles;
    private final RoleNormalizer roles;

    /** A finder of people in articles of {@code language}. */
    public PersonFinder(Language language) {
        this(language, List.of());
    }

    /**
     * A finder that also knows a story's own places and organisations ({@code names}, as a rule pack declares
     * them): never a person, and a title's qualifier.
     */
    public PersonFinder(Language language, Collection<String> names) {
        particles = Set.copyOf(language.words(WordList.NAME_PARTICLE).words());
        lexicon = PersonLexicon.of(language, names);
        this.language = language;
        titles = new TitleFinder(lexicon);
        roles = new RoleNormalizer(lexicon);
    }

    /** How sure a run of words is to be a name on its own. */
    private enum Kind {
        /** "Ismail Haniyeh": a full name. */
        FULL,
        /** "Haniyeh": a person only if it is the surname of a full name in the article. */
        SURNAME,
        /** "Ben Gvir", "Abu Obeida": a surname with particles if some full name ends so, else a full name. */
        SURNAME_OR_FULL
    }

    /**
     * Words of a name found in a sentence.
     *
     * @param names     tokens of the sentence that belong to any candidate, so titles never swallow a name
     * @param particles the language's name particles
     * @param gender    the gender of an honorific before the name ("Mr. Clinton": male), or null
     */
    private record Candidate(Kind kind, Sentence sentence, List<NameWord> words, BitSet names, Set<String> particles,
            String gender) {
        int start() {
            return words.get(0).start();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }

        String text() {
            return sentence.text().substring(start() - sentence.start(), end() - sentence.start());
        }

        /** The last word, with the particles before it ("Al Thani", "bin Laden"), but never the first word. */
        String surname() {
            int first = words.size() - 1;
            while (first > 1 && particles.contains(words.get(first - 1).lower())) {
                first--;
            }
            return sentence.text().substring(words.get(first).start() - sentence.start(), end() - sentence.start());
        }
    }

    @Override
    public List<PersonMention> find(AnalyzedArticle article) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> things = new HashSet<>();
        String carried = null;
        for (Sentence sentence : article.sentences()) {
            collect(sentence, candidates, things, carried);
            carried = endingHonorificGender(sentence);
        }
        // a name the article writes once as a place or thing ("in Los Angeles") is no person anywhere in it
        candidates.removeIf(candidate -> things.contains(PersonLexicon.phrase(candidate.text())));
        unglue(candidates);
        List<PersonMention> mentions = new ArrayList<>();
        Map<String, List<PersonMention>> bySurname = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.kind() == Kind.FULL) {
                fullName(candidate, mentions, bySurname);
            }
        }
        // Ambiguous runs first, so that "Ben Wallace" promoted to a full name can be linked to by "Wallace".
        // Whether a surname's full names are one person is kept per surname, gender and number of full names (the
        // lists only grow): an article naming one person thousands of times would otherwise ask it of every mention.
        Map<String, Boolean> onePerson = new HashMap<>();
        for (Kind kind : List.of(Kind.SURNAME_OR_FULL, Kind.SURNAME)) {
            for (Candidate candidate : candidates) {
                if (candidate.kind() != kind) {
                    continue;
                }
                List<PersonMention> all = bySurname.get(candidate.text());
                List<PersonMention> named = ofGender(all, candidate.gender());
                if (named != null && !onePerson.computeIfAbsent(candidate.text() + '\u0000' + candidate.gender() + '\u0000'
                        + all.size(), key -> onePerson(named))) {
                    continue; // "Clinton" when the article names Hillary and Bill Clinton: either of them
                }
                if (named != null) {
                    PersonMention full = nearest(named, candidate.start());
                    mentions.add(new PersonMention(candidate.start(), candidate.end(), candidate.text(),
                            candidate.sentence().index(), full.name(), full.surname(), null, null));
                } else if (kind == Kind.SURNAME_OR_FULL) {
                    fullName(candidate, mentions, bySurname);
                }
            }
        }
        mentions.sort(Comparator.comparingInt(PersonMention::start));
        return mentions;
    }

    private void fullName(Candidate name, List<PersonMention> mentions, Map<String, List<PersonMention>> bySurname) {
        List<NameWord> words = name.words();
        TitleFinder.Title title = titles.find(name.sentence(), words.get(0).firstToken(),
                words.get(words.size() - 1).lastToken(), name.names());
        String titleText = title == null ? null : title.text();
        PersonMention mention = new PersonMention(name.start(), name.end(), name.text(), name.sentence().index(),
                name.text(), name.surname(), titleText, roles.normalise(titleText));
        mentions.add(mention);
        for (String key : surnameKeys(mention.surname())) {
            bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
        }
    }

    /**
     * "Warren Jeffs Found Guilty": in a headline's title case, words glue onto a name. A run whose first words
     * are a name the article writes on its own elsewhere, followed by only dictionary words, is that name.
     */
    private void unglue(List<Candidate> candidates) {
        Set<String> written = new HashSet<>();
        for (Candidate candidate : candidates) {
            written.add(candidate.text());
        }
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            List<NameWord> words = candidate.words();
            for (int cut = words.size() - 1; cut >= 2; cut--) {
                Candidate shorter = new Candidate(Kind.FULL, candidate.sentence(), words.subList(0, cut),
                        candidate.names(), particles, candidate.gender());
                if (written.contains(shorter.text()) && allCommonWords(words.subList(cut, words.size()))) {
                    candidates.set(c, shorter);
                    break;
                }
            }
        }
    }

    /**
     * The full names a surname could refer to that an honorific's gender allows: "Mr. Clinton" is not "Hillary
     * Clinton", "Mrs. Obama" not "Barack Obama". A given name of no known gender allows either.
     */
    private List<PersonMention> ofGender(List<PersonMention> named, String gender) {
        if (named == null || gender == null) {
            return named;
        }
        List<PersonMention> allowed = new ArrayList<>();
        for (PersonMention mention : named) {
            String given = evidence().givenNameGender(PersonLexicon.phrase(mention.name().split(" ", 2)[0]));
            if (given == null || given.equals(gender)) {
                allowed.add(mention);
            }
        }
        return allowed.isEmpty() ? null : allowed;
    }

    /**
     * Where the words that may hold a name's honorific start: the run's own ({@code from}), or the word before
     * it, which the tokenizer may have cut off with its full stop ("Mrs" "." "Obama").
     */
    private static int honorificFrom(List<NameWord> words, int from) {
        int before = from > 0 && words.get(from - 1).text().equals(".") ? from - 2 : from - 1;
        return Math.max(0, Math.min(from, before));
    }

    /**
     * The gender of an honorific a sentence ends in, which the sentence detector took for a full stop ("On Monday
     * Mrs" "." | "Obama spoke."), or null.
     */
    private String endingHonorificGender(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int last = tokens.size() - 1;
        if (last >= 1 && tokens.get(last).text().equals(".")) {
            last--;
        }
        return last < 0 ? null : lexicon.honorificGender(PersonLexicon.phrase(tokens.get(last).text()));
    }

    /** The gender of the last gendered honorific among the words stripped off a name ("Mr."), or null. */
    private String honorificGender(List<NameWord> stripped) {
        String gender = null;
        for (NameWord word : stripped) {
            String own = lexicon.honorificGender(word.lower());
            gender = own != null ? own : gender;
        }
        return gender;
    }

    /** Whether the full names a surname could refer to are one person: one given name (first word) among them. */
    private static boolean onePerson(List<PersonMention> named) {
        String given = null;
        for (PersonMention mention : named) {
            String first = PersonLexicon.phrase(mention.name().split(" ", 2)[0]);
            if (given != null && !given.equals(first)) {
                return false;
            }
            given = first;
        }
        return true;
    }

    /**
     * Runs of capitalised words in a sentence, each reduced to a candidate name or dropped; runs that the
     * sentence shows to be places or things ({@link #thing}) go to {@code things} instead. {@code carried} is the
     * gender of an honorific the sentence detector cut off before the sentence ("Mrs." | "Obama smiled."), or null.
     */
    private void collect(Sentence sentence, List<Candidate> candidates, Set<String> things, String carried) {
        List<NameWord> words = NameWord.of(sentence);
        BitSet names = new BitSet(sentence.tokens().size());
        int i = 0;
        while (i < words.size()) {
            if (!isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && (isNameWord(words.get(end)) && !isPlacePreposition(words.get(end))
                    || initialDot(words, end)
                    || (isParticle(words.get(end)) && end + 1 < words.size() && isNameWord(words.get(end + 1))))) {
                end++;
            }
            List<NameWord> run = words.subList(i, end);
            if (run.size() > 1 && isPlacePreposition(run.get(0))) {
                // "Near Healdsburg" in a headline's title case: a place preposition, then a place
                things.add(PersonLexicon.phrase(joined(sentence, run.subList(1, run.size()))));
                i = end;
                continue;
            }
            List<NameWord> name = stripLeading(run);
            if (!name.isEmpty() && (lexicon.placeLeads.contains(name.get(0).lower())
                    || name.get(0) == words.get(i) && thing(words, i, end))) {
                things.add(PersonLexicon.phrase(joined(sentence, name)));
                i = end;
                continue;
            }
            Kind kind = cutAtInitial(name) ? null : kind(name);
            if (kind != null) {
                String gender = honorificGender(words.subList(honorificFrom(words, i), i + run.size() - name.size()));
                candidates.add(new Candidate(kind, sentence, name, names, particles,
                        gender == null && i == 0 ? carried : gender));
                names.set(name.get(0).firstToken(), name.get(name.size() - 1).lastToken() + 1);
            } else if (name.isEmpty() ? holdsThing(run) : name.size() > 1 && namesAThing(name)) {
                // a proper noun read as a thing is still no title's word ("British Columbia attorney general")
                names.set(run.get(0).firstToken(), run.get(run.size() - 1).lastToken() + 1);
            }
            i = end;
        }
    }

    /**
     * Whether the run words[from, to) names a place or thing by its place in the sentence: right after "the"
     * and not a modifier of a lower-case noun ("the Indian Ocean", not "the Lindsay Lohan case"), or right
     * after a place preposition and no possessor ("in Los Angeles", not "in Lohan's case").
     */
    private boolean thing(List<NameWord> words, int from, int to) {
        if (from == 0) {
            return false;
        }
        String before = words.get(from - 1).lower();
        NameWord after = to < words.size() ? words.get(to) : null;
        if (lexicon.definiteArticles.contains(before)) {
            return after == null || !Character.isLowerCase(after.text().charAt(0)) || !"NOUN".equals(after.upos());
        }
        return lexicon.placePrepositions.contains(before) && (after == null || !isPossessive(after.text()));
    }

    private static boolean isPossessive(String text) {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
    }

    private static String joined(Sentence sentence, List<NameWord> name) {
        return sentence.text().substring(name.get(0).start() - sentence.start(),
                name.get(name.size() - 1).end() - sentence.start());
    }

    /** The full stop of a middle initial inside a name: "D" "." "O'Connor". */
    private boolean initialDot(List<NameWord> words, int at) {
        if (at == 0 || at + 1 >= words.size() || !words.get(at).text().equals(".")) {
            return false;
        }
        String before = words.get(at - 1).text();
        return before.length() == 1 && Character.isUpperCase(before.charAt(0)) && isNameWord(words.get(at + 1));
    }

    /**
     * "Walter F.": a name cut after its middle initial, by the sentence detector ("Walter F. Bugden") or by a
     * surname no word of the run ("John D. O'Connor"), names nobody in full. An initial belongs to a name,
     * never ends one.
     */
    private static boolean cutAtInitial(List<NameWord> name) {
        if (name.size() < 2) {
            return false;
        }
        String last = name.get(name.size() - 1).text();
        return last.length() == 1 || last.length() == 2 && last.charAt(1) == '.';
    }

    private Kind kind(List<NameWord> name) {
        if (name.size() == 1) {
            return Kind.SURNAME;
        }
        if (name.isEmpty() || name.size() > MAX_NAME_WORDS || allCommonWords(name) && !knownPersonName(name)
                || namesAThing(name)) {
            return null;
        }
        return particlesBeforeLast(name) ? Kind.SURNAME_OR_FULL : Kind.FULL;
    }

    /**
     * Drops titles, places, organisations and nationalities off the front of a run; returns the rest, or an
     * empty list when the rest is not a name. A place right after a title and before a name word is a given
     * name ("Foreign Minister Israel Katz").
     */
    private List<NameWord> stripLeading(List<NameWord> run) {
        List<String> lower = new ArrayList<>(run.size());
        for (NameWord word : run) {
            lower.add(word.lower());
        }
        int from = 0;
        boolean afterTitle = false;
        boolean placeAsGivenName = false;
        while (from < run.size()) {
            int listed = listedLength(lower, from);
            if (listed > 0) {
                placeAsGivenName = afterTitle && listed == 1 && from + 1 < run.size()
                        && listedLength(lower, from + 1) == 0 && !lexicon.isTitleWord(lower.get(from + 1));
                if (placeAsGivenName) {
                    break;
                }
                from += listed;
                afterTitle = false;
            } else if (lexicon.isTitleWord(lower.get(from))) {
                from++;
                afterTitle = true;
            } else {
                break;
            }
        }
        from = Math.max(from, afterTitleHead(lower, from));
        for (int i = from; i < run.size(); i++) {
            boolean exempt = placeAsGivenName && i == from;
            if ((!exempt && listedLength(lower, i) > 0) || hasListedPart(lower.get(i)) || isAcronym(run.get(i).text())) {
                return List.of();
            }
        }
        return run.subList(from, run.size());
    }

    /**
     * Where the name starts after a title inside the run ("Treasury Secretary Henry Paulson", "Palmer Public
     * Safety Director Jon Owen"): after the last title head that leaves two words or more, else {@code from}.
     */
    private int afterTitleHead(List<String> lower, int from) {
        for (int i = lower.size() - 3; i > from; i--) {
            if (lexicon.isTitleHead(lower.get(i))) {
                return i + 1;
            }
        }
        return from;
    }

    /** Words of the longest listed entry (any kind) starting at words[from], or 0. */
    private int listedLength(List<String> words, int from) {
        int limit = Math.min(words.size(), from + Math.max(lexicon.longestEntry(), evidence().longestPhrase()));
        for (int to = limit; to > from; to--) {
            String entry = to - from == 1 ? words.get(from) : String.join(" ", words.subList(from, to));
            if (lexicon.kind(entry, evidence()) != null) {
                return to - from;
            }
        }
        return 0;
    }

    /** "Israel-Hamas": a hyphenated word with a listed part. */
    private boolean hasListedPart(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !particles.contains(part) && lexicon.kind(part) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a run of two words or more, titles stripped, names a thing rather than a person
     * ({@link NameEvidence}): it ends in a common word no one is named by and that WordNet knows capitalised only
     * as a thing ("Hampton East", "Oscar Host": the bread); or it ends in a common word no one is named by, a thing
     * or a role ("ActiveX Controls"), and none of its other words is a given name. "Maurice Cheeks" and "James
     * Baker" hold a given name; "Tim Cook" and "Condoleezza Rice" end in names WordNet knows people by.
     */
    private boolean namesAThing(List<NameWord> name) {
        String last = withoutPossessive(name.get(name.size() - 1).lower());
        // a common word of the dictionary only: WordNet's rarer person nouns are often surnames ("lohan": an arhat)
        if (evidence().namesPeople(last) || !dictionary.isCommonWord(Word.of(last))) {
            return false;
        }
        if (evidence().thingOnly(last)) {
            return true;
        }
        for (NameWord word : name.subList(0, name.size() - 1)) {
            if (evidence().isGivenName(word.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "committee's" → "committee", "who'" → "who": the word a possessive or a closing quote is glued to. */
    private static String withoutPossessive(String word) {
        if (word.endsWith("'s") && word.length() > 2) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }

    /** The given names and WordNet's lists, which the language reads in the background: asked for when first needed. */
    private NameEvidence evidence() {
        return NameEvidence.of(language);
    }

    /** "Near", "In": a place preposition, which ends a run of capitalised words and starts a place. */
    private boolean isPlacePreposition(NameWord word) {
        return lexicon.placePrepositions.contains(word.lower());
    }

    /** Whether a run holds a phrase WordNet knows as a thing ({@link PersonLexicon.Kind#THING}). */
    private boolean holdsThing(List<NameWord> run) {
        for (int from = 0; from + 1 < run.size(); from++) {
            StringBuilder phrase = new StringBuilder(run.get(from).lower());
            for (int to = from + 1; to < run.size() && to - from < Math.max(lexicon.longestEntry(), evidence().longestPhrase()); to++) {
                phrase.append(' ').append(run.get(to).lower());
                if (lexicon.kind(phrase.toString(), evidence()) == PersonLexicon.Kind.THING) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Bill Gates", "Will Smith": a given name and a surname WordNet knows people by, though both are also
     * common words.
     */
    private boolean knownPersonName(List<NameWord> name) {
        return evidence().isGivenName(name.get(0).lower()) && evidence().isKnownPerson(name.get(name.size() - 1).lower());
    }

    /** "Al Thani", "bin Laden": a surname with its particles, not a full name. */
    private boolean particlesBeforeLast(List<NameWord> name) {
        for (NameWord word : name.subList(0, name.size() - 1)) {
            if (!isParticle(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean allCommonWords(List<NameWord> name) {
        for (NameWord word : name) {
            if (!isParticle(word) && !dictionary.isCommonWord(word.word())) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameWord(NameWord word) {
        String text = word.text();
        boolean capital = Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(0));
        if (!capital && text.indexOf('-') < 0) {
            return false; // most words; only a hyphenated one can be a particle-glued name ("al-Nahl")
        }
        boolean particle = particleHyphen(text);
        if (!particle && !capital) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        if (particle) {
            return true;
        }
        if (UNSURE_TAGS.contains(word.upos()) || CLOSED_CLASS_TAGS.contains(word.upos())) {
            return !dictionary.isCommonWord(word.word());
        }
        return !NON_NAME_TAGS.contains(word.upos());
    }

    /** "al-Nahl", "el-Sisi": a lower-case particle glued to a capitalised name. */
    private boolean particleHyphen(String text) {
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && particles.contains(text.substring(0, hyphen))
                && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    private boolean isParticle(NameWord word) {
        return particles.contains(word.lower());
    }

    /** "CIA", "UNRWA": all capitals; an organisation, never part of a personal name. */
    private static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * What a surname-only reference may say: the surname, and the surname without its particles ("al-Nahl"
     * is also "Nahl", "Al Thani" also "Thani").
     */
    private List<String> surnameKeys(String surname) {
        int cut = 0;
        while (true) {
            int next = nextPart(surname, cut);
            if (next < 0 || !particles.contains(surname.substring(cut, next - 1).toLowerCase(Locale.ROOT))) {
                break;
            }
            cut = next;
        }
        return cut == 0 ? List.of(surname) : List.of(surname, surname.substring(cut));
    }

    /** Start of the part after the next space or hyphen from {@code from}, or -1. */
    private static int nextPart(String surname, int from) {
        for (int i = from; i < surname.length() - 1; i++) {
            char c = surname.charAt(i);
            if (c == ' ' || c == '-') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The full name mentioned last before an offset, else the first one after it. */
    private static PersonMention nearest(List<PersonMention> named, int offset) {
        PersonMention before = null;
        PersonMention after = null;
        for (PersonMention mention : named) {
            if (mention.start() < offset) {
                if (before == null || mention.start() > before.start()) {
                    before = mention;
                }
            } else if (after == null || mention.start() < after.start()) {
                after = mention;
            }
        }
        return before != null ? before : after;
    }

    @Override
    public Class<PersonMention> finds() {
        return PersonMention.class;
    }

    /** None: a name is a capitalised word, which the analyser takes as an anchor by itself. */
    @Override
    public Set<String> anchorWords() {
        return Set.of();
    }
}

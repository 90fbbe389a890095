package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.language.EnglishWith;
import io.factunit.language.Language;
import io.factunit.language.TestLanguage;
import io.factunit.language.WordList;
import io.factunit.mention.date.DateFinder;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationFinder;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.quantity.QuantityFinder;
import io.factunit.mention.quantity.QuantityMention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word added to a language's file is found, with no Java changed: the finders read the lists. */
class LanguageFilesTest {

    @TempDir
    Path folder;

    @Test
    void aMonthAbbreviationAddedToItsFileIsReadAsADate() throws IOException {
        String text = "The truce began on Dic. 24, 2023.";
        assertThat(dates(TestLanguage.ENGLISH, text)).isEmpty();

        Language extended = english(WordList.MONTH_ABBREVIATION, "dic\t12");
        assertThat(dates(extended, text)).extracting(DateMention::text, m -> m.first().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dic. 24, 2023", "2023-12-24"));
    }

    @Test
    void aScaleWordAddedToItsFileMultipliesTheNumber() throws IOException {
        String text = "The floods displaced 2 lakh people.";
        assertThat(quantities(TestLanguage.ENGLISH, text)).extracting(m -> m.value().low()).containsExactly(2.0);

        Language extended = english(WordList.NUMBER_SCALE, "lakh\t100000");
        assertThat(quantities(extended, text)).extracting(QuantityMention::text, m -> m.value().low(),
                QuantityMention::head).containsExactly(org.assertj.core.groups.Tuple.tuple("2 lakh", 200000.0,
                        "people"));
    }

    @Test
    void aUnitOfTimeAddedToItsFileMakesALengthOfTime() throws IOException {
        String text = "The ceasefire held for three sennights.";
        assertThat(new DurationFinder(TestLanguage.ENGLISH).find(analyze(TestLanguage.ENGLISH, text))).isEmpty();

        Language extended = english(WordList.TIME_UNIT, "sennight\tsennights\tWEEKS");
        assertThat(new DurationFinder(extended).find(analyze(extended, text)))
                .extracting(DurationMention::text, m -> m.period().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("three sennights", "P21D"));
    }

    private Language english(WordList changed, String line) throws IOException {
        return EnglishWith.line(folder, changed, line);
    }

    private static List<DateMention> dates(Language language, String text) {
        return new DateFinder(language).find(analyze(language, text));
    }

    private static List<QuantityMention> quantities(Language language, String text) {
        return new QuantityFinder(language).find(analyze(language, text));
    }

    private static AnalyzedArticle analyze(Language language, String text) {
        Article article = new Article("a", Path.of("a.txt"), text, null, null, null, null,
                Article.DateOrigin.UNKNOWN, List.of(), new LineMap(text)::position);
        return TextAnalyzer.shared().analyze(article, MentionFinders.anchorWords(MentionFinders.standard(language)));
    }
}

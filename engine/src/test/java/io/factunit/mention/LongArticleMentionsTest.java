package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.language.TestLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In a long article the independent finders run on several threads; what they find is what one thread finds. */
class LongArticleMentionsTest {

    @Test
    void findersOnSeveralThreadsFindWhatTheyFindOneAfterTheOther() {
        String text = TestArticles.longText(600,
                i -> "The strike on Tuesday killed " + (12 + i) + " people, officials said.",
                i -> "\"We will not accept it,\" said Mahmoud Abbas, the Palestinian president.",
                i -> "The truce lasted " + (i % 7 + 2) + " days, from November 24 to November 30.");
        AnalyzedArticle article = TestArticles.analyzed(text, LocalDate.of(2023, 12, 1));
        List<MentionFinder> finders = MentionFinders.standard(TestLanguage.ENGLISH);
        assertThat(article.sentences()).hasSizeGreaterThanOrEqualTo(600);

        FoundMentions found = FoundMentions.none();
        for (MentionFinder finder : MentionFinders.inNeededOrder(finders)) {
            found.addAll(finder.find(article, found));
        }
        List<Mention> oneAfterTheOther = new ArrayList<>(found.all());
        oneAfterTheOther.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                .thenComparing(Mention::kind));

        List<Mention> mentions = MentionFinders.find(finders, article);
        assertThat(mentions).isEqualTo(oneAfterTheOther);
        assertThat(mentions).extracting(Mention::kind).contains("quantity", "date", "duration", "person", "quote");
    }
}

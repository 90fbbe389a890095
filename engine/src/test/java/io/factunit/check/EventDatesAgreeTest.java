package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.article.Story;
import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import io.factunit.rules.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** event-dates-agree on small stories: what aligns, what conflicts, and what is left out and why. */
class EventDatesAgreeTest {
    private static final String RULES = """
            claims:
              - id: event-dates
                mention: date
                event: true
            checks:
              - id: event-dates-agree
                title: event dates
                kind: event-dates-agree
                claim: event-dates
            """;

    /** An article's text and publication date (null when unknown). */
    private record Text(String text, LocalDate published) {
    }

    private static Text text(String text) {
        return new Text(text, null);
    }

    private static Text text(String text, String published) {
        return new Text(text, LocalDate.parse(published));
    }

    private static List<CheckResult> check(String rules, Text... texts) {
        RuleSet ruleSet = new RuleSetLoader().parse("rules.yaml", rules);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = "a" + (i + 1);
            articles.add(new Article(id, Path.of(id + ".txt"), texts[i].text(), null, null, null, texts[i].published(),
                    texts[i].published() == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.METADATA, List.of(),
                    new LineMap(texts[i].text())::position));
        }
        StoryReport report = new StoryChecker(RuleCompiler.compile(ruleSet, TestLanguage.ENGLISH), Baseline.NONE)
                .check(new Story("story", Path.of("story"), null, articles));
        return report.results();
    }

    private static List<CheckResult> check(Text... texts) {
        return check(RULES, texts);
    }

    private static CheckResult only(List<CheckResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void aChangedYearFailsAsAnErrorNamingBothPlaces() {
        CheckResult result = only(check(text("Smith was elected to the Senate in 2010."),
                text("Intro.\nSmith was elected to the Senate in 2011."),
                text("Smith was elected to the Senate in 2010.")));
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.key()).isEqualTo("event=elect to senate, holder=smith, role=at, tense=past");
        assertThat(result.summary()).isEqualTo("\"elect to senate\" (smith): 2010 in 2 articles, but 2011 in a2");
        assertThat(result.expected()).isEqualTo("2010");
        assertThat(result.actual()).isEqualTo("2011");
        assertThat(result.outlier().where()).isEqualTo("a2.txt:2:36");
        assertThat(result.message()).contains("2010 at a1.txt:1:36", "2011 at a2.txt:2:36", "2010 at a3.txt:1:36");
    }

    @Test
    void datesAgreeAtTheGranularityBothState() {
        CheckResult result = only(check(text("Smith was elected to the Senate in 2010."),
                text("Smith was elected to the Senate on November 2, 2010.")));
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).isEqualTo("\"elect to senate\" (smith): 2010 / 2010-11-02 in 2 articles");
    }

    @Test
    void withoutAHolderTheFindingIsAWarningOrNotComparedAtAll() {
        Text one = text("He was elected to the Senate in 2010.");
        Text other = text("He was elected to the Senate in 2011.");
        CheckResult weak = only(check(one, other));
        assertThat(weak.status()).isEqualTo(Status.FAILED);
        assertThat(weak.severity()).isEqualTo(Severity.WARNING);
        CheckResult off = only(check(RULES + "    weak-alignment: off\n", one, other));
        assertThat(off.status()).isEqualTo(Status.SKIPPED);
        assertThat(off.summary()).isEqualTo("\"elect to senate\": skipped, no holder is known and weak-alignment is off");
    }

    @Test
    void aRelativeDateNeedsThePublicationDate() {
        CheckResult result = only(check(text("Police arrested Jones on Tuesday."),
                text("Police arrested Jones on Wednesday.")));
        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.summary()).isEqualTo("\"arrest jones\" (police): skipped, no date can be compared; the"
                + " publication date is unknown for a1, a2, whose date (\"Tuesday\", \"Wednesday\") is relative to it");
        CheckResult dated = only(check(text("Police arrested Jones on Tuesday.", "2024-03-06"),
                text("Police arrested Jones on Wednesday.", "2024-03-08")));
        assertThat(dated.status()).isEqualTo(Status.FAILED);
        assertThat(dated.summary()).isEqualTo("\"arrest jones\" (police): 2024-03-05 in a1 but 2024-03-06 in a2");
    }

    @Test
    void aMonthAndDayWithoutAYearAgreeWhateverYearPublicationGaveThem() {
        assertThat(only(check(text("The body was found in a car on April 9.", "2012-06-01"),
                text("The body was found in a car on April 9.", "2013-06-01"))).status()).isEqualTo(Status.PASSED);
        assertThat(only(check(text("The body was found in a car on April 9."),
                text("The body was found in a car on April 12.", "2013-05-02"))).summary())
                .isEqualTo("\"found in car\" (body): XXXX-04-09 in a1 but 2013-04-12 in a2");
    }

    @Test
    void rangesAgreeOnlyWhenBothEndsDo() {
        CheckResult result = only(check(text("Registration will run from October 16 to November 14.", "2013-09-26"),
                text("Registration will run from October 19 to November 14.", "2013-09-26")));
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.summary()).isEqualTo("\"run\" (registration), span: 2013-10-16 to 2013-11-14 in a1 but"
                + " 2013-10-19 to 2013-11-14 in a2");
    }

    @Test
    void aRecurringEventIsComparedOnlyDateForDate() {
        String twice = "Jones returned to prison in May 1984. Jones returned to prison in June 1999.";
        CheckResult once = only(check(text(twice), text("Jones returned to prison in 2001.")));
        assertThat(once.status()).isEqualTo(Status.SKIPPED);
        assertThat(once.summary()).isEqualTo("\"return to prison\" (jones): skipped, a1 dates it both 1984-05 and"
                + " 1999-06: the words name more than one event");
        CheckResult changed = only(check(text(twice), text(twice.replace("1999", "2000"))));
        assertThat(changed.status()).isEqualTo(Status.FAILED);
        assertThat(changed.summary()).isEqualTo("\"return to prison\" (jones): 1999-06 in a1 but 2000-06 in a2; their"
                + " other dates agree");
    }

    @Test
    void theDateOfAnotherEventInTheSentenceIsNotComparedWithTheMainOne() {
        List<CheckResult> results = check(
                text("Smith was elected to the Senate in 2010, two years after the crash on June 8, 2008."),
                text("Smith was elected to the Senate in 2010."));
        assertThat(results).extracting(CheckResult::summary).containsExactly(
                "\"crash\": skipped, only a1 dates it",
                "\"elect to senate\" (smith): 2010 in 2 articles");
    }
}

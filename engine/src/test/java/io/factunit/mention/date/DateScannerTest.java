package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DateScannerTest {
    private static final DatePatterns PATTERNS = DateWords.of(TestLanguage.ENGLISH).datePatterns;
    private static final DateScanner SCANNER = new DateScanner(DateWords.of(TestLanguage.ENGLISH));

    /** One or more forms of every date rule, some behind quotes and brackets. */
    private static final String FORMS = String.join("\n",
            "On Thursday 1 February, and again on February 1, 2024, the draft of 2013-03-22 and 03/22/2013 held.",
            "In March 2013, early March 2013 and in March, but not last March, talks ran \u201Cnow\u201D and at "
                    + "present.",
            "By mid-December, the end of November, yesterday morning and earlier this month, all had changed.",
            "Last night, last Friday, two days ago and over the past two years, last summer too, prices rose.",
            "The fourth quarter of 2013, Q3 2013 and this quarter were weak, as in the early 1990s (the 20th century).",
            "They met at 8:30 a.m. and again at 14:30, every Friday, on Fridays, and (annually) in 2013.",
            "In early 2024 the talks ran from Nov. 24 - Dec. 1, 2023, November 24-30, between 24 and 30 November "
                    + "and from 24 November to 1 December.",
            "He served from 1967 to 1979 and lived there between 1950 and 1990.",
            "\u201CTuesday\u201D, said the note; (Monday) was the 1st of February.",
            "Recently, for years and in recent years (several months, years ago), fiscal 2023 third-quarter sales "
                    + "rose, as in the past and in the first half of the year, and the 1996 election.");

    @Test
    void noRuleLooksBehindForWhatMustBeThere() {
        // startMask's probe sees nothing or a letter before a word, which a positive lookbehind could need.
        for (DatePatterns.Rule rule : PATTERNS.rules) {
            assertThat(rule.pattern().pattern()).doesNotContain("(?<=");
        }
    }

    @Test
    void wordsThatStartNoDateStartNoRule() {
        assertThat(DateScanner.startMask(PATTERNS, "said")).isZero();
        assertThat(DateScanner.startMask(PATTERNS, "talks")).isZero();
        assertThat(DateScanner.startMask(PATTERNS, ",")).isZero();
        assertThat(DateScanner.startMask(PATTERNS, "Tuesday")).isNotZero();
        assertThat(DateScanner.startMask(PATTERNS, "the")).isNotZero();
        assertThat(DateScanner.startMask(PATTERNS, "24")).isNotZero();
    }

    @Test
    void probingOnlyTheRulesTheFirstCharAllowsGivesTheMaskOfProbingEveryRule() {
        List<String> words = new ArrayList<>(List.of("", "1", "12", "2023", "31st", "12:30", "10/7", "2023-10-07",
                "Oct.", "October", "mid-October", "the", "Tuesday", "noon", "a.m.", "’s", "Ünal", "É"));
        java.util.Random random = new java.util.Random(5);
        String chars = "0123456789/-.:,stndrhaAOoJjMmTtWwFfSsNnDd ’";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                word.append(chars.charAt(random.nextInt(chars.length())));
            }
            words.add(word.toString());
        }
        for (int figure = 0; figure < 3_000; figure += 7) {
            words.add(Integer.toString(figure));
        }
        for (String word : words) {
            assertThat(DateScanner.startMask(PATTERNS, word)).as(word).isEqualTo(DateScanner.probeAll(PATTERNS, word));
        }
    }

    @Test
    void everyRuleThatMatchesAtAWordIsAllowedByItsStartMask() {
        List<AnalyzedArticle> texts = new ArrayList<>();
        texts.add(TestArticles.analyze(FORMS));
        for (Article seed : new StoryLoader().load(Path.of("../seeds")).articles()) {
            texts.add(TestArticles.analyze(seed.text()));
        }
        boolean[] matchedSomewhere = new boolean[PATTERNS.rules.size()];
        for (AnalyzedArticle analyzed : texts) {
            String text = analyzed.article().text();
            for (Sentence sentence : analyzed.sentences()) {
                for (Token token : sentence.tokens()) {
                    long mask = DateScanner.startMask(PATTERNS, token.text());
                    for (int r = 0; r < PATTERNS.rules.size(); r++) {
                        Matcher m = PATTERNS.rules.get(r).pattern().matcher(text).useTransparentBounds(true)
                                .useAnchoringBounds(false).region(token.start(), text.length());
                        if (m.lookingAt()) {
                            matchedSomewhere[r] = true;
                            assertThat(mask & (1L << r)).as("rule %d at \"%s\" (%d)", r, token.text(), token.start())
                                    .isNotZero();
                        }
                    }
                }
            }
        }
        for (int r = 0; r < matchedSomewhere.length; r++) {
            assertThat(matchedSomewhere[r]).as("rule %d: %s", r, PATTERNS.rules.get(r).pattern()).isTrue();
        }
    }

    /** Date words, connectors and marks, glued in random order: expressions that overlap, nest and chain. */
    private static final String[] DATE_PIECES = {"October 7", "7 October", "Oct. 24", "24", "7", "30", "2023",
        "1990s", "the", "early", "mid-", "late", "between", "and", "to", "through", "-", " - ", "\u2013", "in",
        "since", "March", "May", "last", "next", "this", "week", "month", "Tuesday", "Fridays", "on", "morning",
        "8:30 a.m.", "at", "14:30", "two", "days", "ago", "every", "each", "year", "Q3", "quarter", "third", "of",
        "now", "from", "today", "summer", "2013-03-22", "03/22/2013", "12/12/2013", ",", ".", "said", "talks"};

    @Test
    void skippingCoveredWordsFindsWhatTryingEveryRuleFinds() {
        java.util.Random random = new java.util.Random(17);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int words = 3 + random.nextInt(60); words > 0; words--) {
                text.append(DATE_PIECES[random.nextInt(DATE_PIECES.length)]);
                text.append(random.nextInt(8) == 0 ? "" : random.nextInt(20) == 0 ? "\n\n" : " ");
            }
            compareOn(TestArticles.analyze(text.toString()));
            compared++;
        }
        compareOn(TestArticles.analyze(FORMS));
        compareOn(TestArticles.analyze("October 7 October 7 October 7, 2023 October 7 7 October 24-30 November 7"));
        compareOn(TestArticles.analyze("October 7 between 7 and 9 October, October 7 between October 7 - 9 and "
                + "October 7 between 24 November to 1 December"));
        for (Article seed : new StoryLoader().load(Path.of("../seeds")).articles()) {
            compareOn(TestArticles.analyze(seed.text()));
        }
        assertThat(compared).isEqualTo(300);
    }

    private static void compareOn(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        for (List<Sentence> paragraph : io.factunit.analysis.Sentences.paragraphs(text, analyzed.sentences())) {
            assertThat(SCANNER.find(text, paragraph, true).toString()).as(text)
                    .isEqualTo(SCANNER.find(text, paragraph, false).toString());
        }
    }

    @Test
    void expressionsStartAtTheirMatchWhereThePatternSaysSo() {
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("\\b(?<x>a)"))).isTrue();
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("(?<![0-9/)])\\b(?<x>a)")))
                .isTrue();
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("\\b(?i:at)\\s+(?<x>a)")))
                .isFalse();
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("(?<btw>b\\s+)?(?<x>a)")))
                .isTrue();
        assertThat(DateScanner.optionalLead(java.util.regex.Pattern.compile("(?<btw>b\\s+)?\\b(?<x>a)")).pattern())
                .isEqualTo("(?<btw>b\\s+)");
        assertThat(DateScanner.optionalLead(java.util.regex.Pattern.compile("\\b(?<x>a)"))).isNull();
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("(?<btw>b\\s+)(?<x>a)")))
                .isFalse();
        assertThat(DateScanner.expressionAtMatchStart(java.util.regex.Pattern.compile("(?<x>a)?(?<y>b)")))
                .isFalse();
        assertThat(DateScanner.expressionAtMatchStart(PATTERNS.rules.get(0).pattern())).isTrue();
        AnalyzedArticle analyzed = TestArticles.analyze(FORMS);
        String text = analyzed.article().text();
        int checked = 0;
        for (Sentence sentence : analyzed.sentences()) {
            for (Token token : sentence.tokens()) {
                for (DatePatterns.Rule rule : PATTERNS.rules) {
                    Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                            .region(token.start(), text.length());
                    java.util.regex.Pattern lead = DateScanner.optionalLead(rule.pattern());
                    boolean leadMayStart = lead != null && io.factunit.article.FirstChars.mayStart(lead, token.text());
                    if (m.lookingAt() && DateScanner.expressionAtMatchStart(rule.pattern()) && !leadMayStart) {
                        assertThat(m.start("x")).as(rule.pattern().pattern()).isEqualTo(m.start());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isPositive();
    }
}

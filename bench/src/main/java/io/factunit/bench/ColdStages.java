package io.factunit.bench;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.AnchorWords;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.LoadOptions;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.CompiledRules;
import io.factunit.check.RuleCompiler;
import io.factunit.check.StoryChecker;
import io.factunit.check.StoryReport;
import io.factunit.claim.Claim;
import io.factunit.claim.ClaimExtractor;
import io.factunit.language.Language;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinders;
import io.factunit.report.TextReport;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a cold run's time goes: each start-up stage of {@code factunit check} on one story, one after the
 * other in a fresh JVM, so each is charged with the classes it loads and the code it runs before the JIT
 * has warmed up. The real command overlaps model loading and the Drools build on two threads; this view
 * shows what there is to overlap. Also measures the cold KieBase build on its own ({@link #kieBase}).
 */
public final class ColdStages {
    private ColdStages() {
    }

    /** Prints {@code cold.STAGE_ms=...} lines for the seed story in {@code dir}. */
    public static void run(Path dir, PrintStream out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println("cold.jvm_to_main_ms=" + (System.currentTimeMillis() - jvmStart));
        Lap lap = new Lap(out);
        RuleSet rules = new RuleSetLoader().loadClasspathPacks(ColdStages.class.getClassLoader());
        lap.done("rules");
        Language language = Language.english();
        lap.done("language");
        CompiledRules compiled = RuleCompiler.compile(rules, language);
        lap.done("kiebase");
        Story story = new StoryLoader(LoadOptions.DEFAULTS, language).load(dir);
        lap.done("load");
        AnchorWords anchorWords = MentionFinders.anchorWords(MentionFinders.standard(language));
        TextAnalyzer analyzer = TextAnalyzer.shared();
        lap.done("models");
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        story.articles().forEach(article -> analyzed.add(analyzer.analyze(article, anchorWords)));
        lap.done("analysis");
        StoryChecker checker = new StoryChecker(compiled, Baseline.NONE);
        List<List<Mention>> mentions = new ArrayList<>();
        analyzed.forEach(article -> mentions.add(checker.mentions(article)));
        lap.done("mentions");
        ClaimExtractor extractor = new ClaimExtractor(rules);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < analyzed.size(); i++) {
            claims.addAll(extractor.extract(analyzed.get(i), mentions.get(i)));
        }
        lap.done("claims");
        List<CheckResult> results = compiled.run(claims);
        lap.done("insert_fire");
        new TextReport().render(List.of(new StoryReport(story, claims, results)));
        lap.done("report");
        out.flush();
    }

    /** Prints {@code kiebase_ms=...}: the cold build of the KieBase for {@code rules}, alone in this JVM. */
    public static void kieBase(RuleSet rules, PrintStream out) {
        Language language = Language.english(); // the checks read its words: read before the clock starts
        long start = System.nanoTime();
        RuleCompiler.compile(rules, language);
        out.println("kiebase_ms=" + (System.nanoTime() - start) / 1_000_000.0);
        out.flush();
    }

    private static final class Lap {
        private final PrintStream out;
        private long last = System.nanoTime();

        Lap(PrintStream out) {
            this.out = out;
        }

        void done(String stage) {
            long now = System.nanoTime();
            out.println("cold." + stage + "_ms=" + (now - last) / 1_000_000.0);
            last = now;
        }
    }
}

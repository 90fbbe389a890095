package io.factunit.cli;

import io.factunit.article.HiddenCharacters;
import io.factunit.check.FactChecker;
import io.factunit.check.StageTimer;
import io.factunit.check.StoryReport;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import io.factunit.report.AlignmentText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Print the claims the rules extract from story folders: a rule author's view of what"
                + " the checks will compare.")
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "STORY_DIR")
    List<Path> stories;

    @Mixin
    RuleOptions rules;

    @Mixin
    LoadLimits limits;

    @Override
    public Integer call() {
        FactChecker checker = FactChecker.builder(rules.load()).language(Startup.language().get())
                .loadOptions(limits.options()).threads(Stories.threads(null)).build();
        PrintWriter out = spec.commandLine().getOut();
        checker.checkAll(Stories.folders(stories), StageTimer.NONE, report -> print(report, out));
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(StoryReport report, PrintWriter out) {
        out.println("Story " + HiddenCharacters.escape(report.story().dir().toString()) + ": " + report.claims().size() + " claims");
        for (Claim claim : report.claims()) {
            out.printf("  %-28s %-24s %-22s %s%s%n", HiddenCharacters.escape(claim.articleId()) + ":" + claim.position(),
                    claim.kind(), ValueText.of(claim.mention()), "\"" + HiddenCharacters.escape(claim.text()) + "\"",
                    claim.qualifier().isEmpty() ? "" : "  [" + claim.qualifier() + "]");
        }
        out.print(AlignmentText.of(report));
    }
}

package io.factunit.cli;

import io.factunit.article.Article;
import io.factunit.article.LoadOptions;
import io.factunit.article.StoryLoader;
import io.factunit.language.Language;
import io.factunit.report.ArticleMentions;
import io.factunit.report.MentionsJson;
import io.factunit.report.MentionsText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Print every mention the analysis finds in article files (quantities, dates, durations,"
                + " people, quotes) with its span, text, value and TimeML TIMEX3 value: what the rules can"
                + " match; people are read with the names of places and organisations the rules declare."
                + " Exit 0: done; 2: bad input or usage.")
final class MentionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Article files (.txt, .md, .markdown, .html, .htm); the story.yaml of a file's folder"
                    + " applies.")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative dates (\"on Wednesday\", \"last week\") against this publication date"
                    + " instead of the article's own.")
    String published;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** Whose names of places and organisations the finders know (--debug comes with it). */
    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        boolean json = switch (format) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format must be text or json, not '" + format + "'");
        };
        LocalDate date = published == null ? null : date(published);
        // Every file is read before anything is printed: bad input gives an error, not half a listing.
        Language language = Language.english();
        StoryLoader loader = new StoryLoader(LoadOptions.DEFAULTS, language);
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            Article article = loader.loadArticle(file);
            articles.add(date == null ? article : article.withPublished(date));
        }
        List<ArticleMentions> found = ArticleMentions.find(articles, language, rules.names().all());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? MentionsJson.render(found) : MentionsText.render(found));
        out.flush();
        return ExitCodes.OK;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--published: '" + text + "' is not a date; expected YYYY-MM-DD");
        }
    }
}

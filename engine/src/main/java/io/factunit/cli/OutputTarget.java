package io.factunit.cli;

import io.factunit.article.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks --output before any work. The report is written only to a regular file (or a new one) in an
 * existing, writable folder, and never where it would replace input: not inside a story folder (a
 * report.html there would be read as an article next time, and an alias of the folder must not get round
 * that), not onto a rule or baseline file. Links are judged by where they lead; a link at the target
 * itself is refused, since the report would replace the link.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /** The real path to write the report to. {@code inputs} are the stories, rule files and baseline read. */
    static Path check(Path output, List<Path> stories, List<Path> inputs) {
        return check("--output", output, stories, inputs);
    }

    /** As {@link #check(Path, List, List)}, for the file of another option ({@code --update-baseline}). */
    static Path check(String option, Path output, List<Path> stories, List<Path> inputs) {
        String what = option.equals("--output") ? "report" : "baseline";
        InputFiles.Kind kind = InputFiles.entry(output);
        switch (kind) {
            case MISSING, REGULAR -> {
            }
            case FOLDER -> throw refused(option, output, "is a folder; name the " + what + " file");
            case LINK -> throw refused(option, output, "is a symbolic link; name the file itself (the " + what
                    + " would replace the link)");
            default -> throw refused(option, output, "is " + kind.description() + "; " + what + "s are written only"
                    + " to regular files" + (option.equals("--output") ? " (leave --output out to write to stdout)"
                    : ""));
        }
        Path absolute = output.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw refused(option, output, "the folder " + folder + " does not exist");
        }
        Path target = real(folder).resolve(absolute.getFileName());
        if (!Files.isWritable(target.getParent())) {
            throw refused(option, output, "cannot write in the folder " + folder + " (permission denied)");
        }
        for (Path story : stories) {
            if (Files.exists(story) && target.startsWith(real(story))) {
                throw refused(option, output, "is inside the story folder " + story
                        + "; write " + what + "s elsewhere (the checker never writes into story folders)");
            }
        }
        for (Path input : inputs) {
            if (Files.exists(input) && target.startsWith(real(input))) {
                throw refused(option, output, "would replace the input " + input + "; name another file");
            }
        }
        return target;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UsageException(path + ": " + InputFiles.reason(e));
        }
    }

    private static UsageException refused(String option, Path output, String why) {
        return new UsageException(option + " " + output + ": " + why);
    }
}

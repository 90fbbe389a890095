package io.factunit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints a JSON Schema shipped in the jar, for an editor's YAML plugin: no address of this repository to point
 * at, and always the schema of the version that reads the files.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of story.yaml (story) or of a rule file (rules), for editors: e.g."
                + " factunit schema story > .factunit/story.schema.json")
final class SchemaCommand implements Callable<Integer> {
    /** Where the schemas are in the engine jar: {@code io/factunit/schema/factunit-KIND.schema.json}. */
    static final String FOLDER = "/io/factunit/schema/";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "story or rules.")
    String kind;

    @Override
    public Integer call() throws IOException {
        if (!kind.equals("story") && !kind.equals("rules")) {
            throw new UsageException("schema: expected story or rules, not '" + kind + "'");
        }
        try (InputStream in = SchemaCommand.class.getResourceAsStream(FOLDER + "factunit-" + kind + ".schema.json")) {
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.InputFiles;
import io.factunit.article.yaml.YamlMapping;
import io.factunit.article.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Reads a baseline file: {@code accepted:} a list of reviewed discrepancies. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineLoader {
    private static final List<String> TOP_KEYS = List.of("accepted");
    private static final List<String> ENTRY_KEYS = List.of("check", "story", "subject", "values", "reason", "by");

    /** A baseline is a rule file's size at most; its size is checked before it is read. */
    public List<AcceptedDiscrepancy> load(Path file) {
        InputFiles.Kind kind = InputFiles.entryFollowingLinks(file);
        if (kind == InputFiles.Kind.MISSING) {
            throw new RuleException(new Location(file.toString(), 0, 0), "baseline file not found");
        }
        if (kind != InputFiles.Kind.REGULAR) {
            throw new RuleException(new Location(file.toString(), 0, 0), kind.description()
                    + ", not a baseline file");
        }
        byte[] bytes = RuleSetLoader.readBounded(file, "baseline files");
        return parse(file.toString(), RuleSetLoader.decode(file.toString(), bytes));
    }

    public List<AcceptedDiscrepancy> parse(String name, String content) {
        RuleYaml yaml = new RuleYaml(name);
        YamlMapping top = yaml.mapping(yaml.read(content), "a baseline file", TOP_KEYS);
        List<AcceptedDiscrepancy> accepted = new ArrayList<>();
        for (YamlNode node : top.list("accepted")) {
            YamlMapping entry = yaml.mapping(node, "an accepted discrepancy", ENTRY_KEYS);
            List<String> values = entry.texts("values");
            if (values.isEmpty()) {
                throw new RuleException(yaml.at(entry), "an accepted discrepancy needs its 'values', so that it"
                        + " stops matching when they change");
            }
            accepted.add(new AcceptedDiscrepancy(entry.text("check"), entry.text("story", null),
                    entry.text("subject", ""), values, entry.text("reason"), entry.text("by"), yaml.at(entry)));
        }
        return accepted;
    }
}

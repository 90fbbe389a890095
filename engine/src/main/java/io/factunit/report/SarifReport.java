package io.factunit.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factunit.article.TextPosition;
import io.factunit.check.Baseline;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, one rule per check, one result
 * per failure at the outlying claim, the other claims as related locations. Documented in
 * docs/report-format.md. No timestamps, GUIDs or hash-ordered collections, so the same input gives the
 * same bytes.
 */
final class SarifReport implements ReportFormat {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** Key of our fingerprint in partialFingerprints; bump the version if what it hashes changes. */
    static final String FINGERPRINT = "factunitFinding/v1";
    /** The rule of a stale baseline entry; no check has this id (check ids are the rule files' business). */
    static final String STALE_RULE = "factunit-stale-baseline-entry";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .addMixIn(Result.class, ResultLevelAlways.class)
            .addMixIn(ReportingConfiguration.class, RuleLevelAlways.class);

    private final ReportPaths paths;

    /** Files are named relative to the working directory, where CI checks the repository out. */
    public SarifReport() {
        this(ReportPaths.workingDirectory());
    }

    SarifReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) throws IOException {
        return new Streaming(out, scratch);
    }

    /**
     * The rules come before the results in the document, and the rules are the checks in the order the
     * run first meets them: the results wait in its {@link Scratch} until the last story is in. The rules,
     * one per check of the rule set, are all that is kept in memory.
     */
    private final class Streaming implements ReportWriter {
        private final Writer out;
        private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        private final Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        private final SpilledJsonArray results;

        Streaming(Writer out, Scratch scratch) throws IOException {
            this.out = out;
            results = new SpilledJsonArray(scratch, spill -> {
                JsonGenerator json = generator(spill);
                json.writeStartObject();
                json.writeArrayFieldStart("runs");
                json.writeStartObject();
                json.writeArrayFieldStart("results");
                return json;
            });
        }

        @Override
        public void story(StoryReport story) throws IOException {
            for (CheckResult result : story.results()) {
                if (!ruleIndex.containsKey(result.check().id())) {
                    ruleIndex.put(result.check().id(), ruleIndex.size());
                    rules.add(rule(result.check()));
                }
                if (result.status() == Status.FAILED) {
                    results.json().writeObject(result(result, ruleIndex.get(result.check().id())));
                }
            }
        }

        /** Each stale entry is a warning at its line of the baseline file, under a rule of its own. */
        @Override
        public void stale(List<AcceptedDiscrepancy> entries) throws IOException {
            ruleIndex.put(STALE_RULE, ruleIndex.size());
            rules.add(new ReportingDescriptor().withId(STALE_RULE).withName(pascalCase(STALE_RULE))
                    .withShortDescription(new MultiformatMessageString().withText("a baseline entry must match a failure"))
                    .withDefaultConfiguration(new ReportingConfiguration()
                            .withLevel(ReportingConfiguration.Level.WARNING)));
            for (AcceptedDiscrepancy entry : entries) {
                Path file = Path.of(entry.location().file());
                ArtifactLocation artifact = new ArtifactLocation().withUri(paths.uri(file));
                if (paths.isRelative(file)) {
                    artifact.withUriBaseId(SOURCE_ROOT);
                }
                Region region = new Region().withStartLine(Math.max(1, entry.location().line()))
                        .withStartColumn(Math.max(1, entry.location().column()));
                results.json().writeObject(new Result().withRuleId(STALE_RULE).withRuleIndex(ruleIndex.get(STALE_RULE))
                        .withLevel(Result.Level.WARNING)
                        .withMessage(new Message().withText(BaselineAudit.describe(entry)))
                        .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                                .withArtifactLocation(artifact).withRegion(region)))));
            }
        }

        /** The log as the SARIF model writes it, field by field, with the results poured in at their place. */
        @Override
        public void finish() throws IOException {
            try (JsonGenerator json = generator(out)) {
                json.writeStartObject();
                json.writeStringField("$schema", SCHEMA);
                json.writeStringField("version", SarifSchema210.Version._2_1_0.value());
                json.writeArrayFieldStart("runs");
                json.writeStartObject();
                json.writeObjectField("tool", new Tool().withDriver(new ToolComponent().withName("FactUnit")
                        .withRules(rules)));
                results.pourInto(json, out, "results");
                json.writeStringField("columnKind", Run.ColumnKind.UTF_16_CODE_UNITS.value());
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write('\n');
            out.flush();
        }

        @Override
        public void close() throws IOException {
            results.close();
        }
    }

    private static ReportingDescriptor rule(CheckDefinition check) {
        ReportingDescriptor rule = new ReportingDescriptor()
                .withId(check.id())
                .withName(pascalCase(check.id()))
                .withShortDescription(new MultiformatMessageString().withText(check.title()))
                .withFullDescription(new MultiformatMessageString().withText(CheckKindText.describe(check)))
                .withHelp(new MultiformatMessageString().withText(CheckKindText.help(check)))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.fromValue(level(check.severity()))));
        if (!check.tags().isEmpty()) {
            rule.withProperties(new PropertyBag().withTags(new LinkedHashSet<>(check.tags())));
        }
        return rule;
    }

    private Result result(CheckResult result, int ruleIndex) {
        Claim outlier = result.outlier() != null ? result.outlier() : result.claims().get(0);
        Set<Location> related = new LinkedHashSet<>();
        for (Claim claim : result.claims()) {
            if (claim != outlier) {
                related.add(location(claim).withId(related.size() + 1));
            }
        }
        Result sarif = new Result()
                .withRuleId(result.check().id())
                .withRuleIndex(ruleIndex)
                .withLevel(Result.Level.fromValue(level(result.severity())))
                .withMessage(new Message().withText(result.summary() + "\n" + result.message()))
                .withLocations(List.of(location(outlier)))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT, fingerprint(result)));
        return related.isEmpty() ? sarif : sarif.withRelatedLocations(related);
    }

    private Location location(Claim claim) {
        ArtifactLocation file = new ArtifactLocation().withUri(paths.uri(claim.article().path()));
        if (paths.isRelative(claim.article().path())) {
            file.withUriBaseId(SOURCE_ROOT);
        }
        return new Location()
                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(file).withRegion(region(claim)))
                .withMessage(new Message().withText(ValueText.of(claim.mention()) + " in " + claim.article().label()));
    }

    /**
     * The mention's span. The end is taken from the position of its last character, not start column plus
     * length, so a mention broken over two lines, or read from HTML with entities, still ends in the right place.
     */
    private static Region region(Claim claim) {
        TextPosition start = claim.position();
        int end = Math.max(claim.mention().end() - 1, claim.mention().start());
        TextPosition last = claim.article().position(end);
        Region region = new Region().withStartLine(start.line()).withStartColumn(start.column())
                .withEndColumn(last.column() + 1);
        return last.line() == start.line() ? region : region.withEndLine(last.line());
    }

    /** Stable across reruns and line moves: the check, the claim group, and each article's value. */
    static String fingerprint(CheckResult result) {
        String identity = result.check().id() + "\n" + result.key() + "\n" + String.join("\n", Baseline.values(result));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** "prisoners-released-agree" → "PrisonersReleasedAgree", the identifier form SARIF suggests for names. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * A generator that writes the SARIF model classes with two-space indentation, map keys sorted; the
     * caller's writer stays open.
     */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = MAPPER.getFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        return json;
    }

    /**
     * The model leaves out values equal to the schema's default ("warning"), but a result without a level
     * takes its rule's default level: a warning-level finding of an error check would read as an error.
     */
    private abstract static class ResultLevelAlways {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Result.Level level;
    }

    private abstract static class RuleLevelAlways {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        ReportingConfiguration.Level level;
    }
}

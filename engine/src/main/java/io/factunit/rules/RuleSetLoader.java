package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.InputException;
import io.factunit.article.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Loads rule files (single files, folders of *.yaml, or classpath resources) into one validated
 * {@link RuleSet}: ids are unique across files, every claim a check names exists and has the mention kind
 * the check needs.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleSetLoader {
    /** Where rule packs on the classpath list their files, one resource path per line. */
    public static final String PACK_INDEX = "META-INF/factunit/rule-packs.list";
    /**
     * The classpath folder whose rule files the test engine adds to the packs: {@code src/test/resources/factunit/rules/}
     * in a Maven or Gradle project. Only folders are read, never jars (a jar ships rules as a pack, with an index).
     */
    public static final String CLASSPATH_FOLDER = "factunit/rules";

    public RuleSet load(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(sourcesOf(path));
        }
        return build(sources);
    }

    /**
     * {@code base} (the packs, or {@link RuleSet#EMPTY}) with the rule files of {@code paths} added: an id
     * the files define again is refused, naming both places ({@code --rules} adds to the default pack).
     */
    public RuleSet extend(RuleSet base, List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(sourcesOf(path));
        }
        return build(base, sources);
    }

    /**
     * {@code base} with the rule files in {@link #CLASSPATH_FOLDER} of the classpath's folders, then those of
     * {@code paths}: what the test engine checks with. A folder that is itself a pack (it holds the
     * {@link #PACK_INDEX}) is the pack's, not the project's; a file with the name of a pack's file would hide it
     * and is refused.
     */
    public RuleSet extendFromClasspath(RuleSet base, ClassLoader loader, List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path file : ClasspathRuleFolders.files(loader, packResources(loader))) {
            sources.add(read(file));
        }
        for (Path path : paths) {
            sources.addAll(sourcesOf(path));
        }
        return build(base, sources);
    }

    /** Every rule pack on the classpath (the default pack when factunit-rules is a dependency). */
    public RuleSet loadClasspathPacks(ClassLoader loader) {
        List<Source> sources = new ArrayList<>();
        try {
            for (String resource : packResources(loader)) {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new RuleException(new Location(resource, 0, 0), "rule pack file listed in "
                                + PACK_INDEX + " is missing");
                    }
                    sources.add(new Source(resource, decode(resource, in.readAllBytes())));
                }
            }
        } catch (IOException e) {
            throw new RuleException(new Location(PACK_INDEX, 0, 0), "cannot read rule packs: " + e.getMessage());
        }
        return build(sources);
    }

    /** The resources every pack index on the classpath lists, sorted. */
    private static List<String> packResources(ClassLoader loader) {
        List<String> resources = new ArrayList<>();
        try {
            var indexes = loader.getResources(PACK_INDEX);
            while (indexes.hasMoreElements()) {
                try (InputStream in = indexes.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String resource = line.strip();
                        if (!resource.isEmpty() && !resource.startsWith("#")) {
                            resources.add(resource);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new RuleException(new Location(PACK_INDEX, 0, 0), "cannot read rule packs: " + e.getMessage());
        }
        return resources.stream().sorted().distinct().toList();
    }

    /** Parses rule text directly (for tests and tools). */
    public RuleSet parse(String fileName, String content) {
        return build(List.of(new Source(fileName, content)));
    }

    private record Source(String name, String content) {
    }

    /**
     * The rule files of {@code path}, which the user named and so may be a link. Inside a named folder the
     * walk follows no links, and a *.yaml entry that is not a regular file (a link, a pipe) is refused rather
     * than skipped: a rule that silently vanishes is a check that silently passes.
     */
    private List<Source> sourcesOf(Path path) {
        InputFiles.Kind kind = InputFiles.entryFollowingLinks(path);
        if (kind == InputFiles.Kind.MISSING) {
            throw new RuleException(new Location(path.toString(), 0, 0), "rule file not found");
        }
        if (kind == InputFiles.Kind.REGULAR) {
            return List.of(read(path));
        }
        if (kind != InputFiles.Kind.FOLDER) {
            throw new RuleException(new Location(path.toString(), 0, 0), kind.description()
                    + ", not a rule file or folder");
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(RuleSetLoader::isRuleFileName).sorted().toList()) {
                InputFiles.Kind entry = InputFiles.entry(file);
                if (entry == InputFiles.Kind.REGULAR) {
                    sources.add(read(file));
                } else if (entry != InputFiles.Kind.FOLDER) {
                    throw new RuleException(new Location(file.toString(), 0, 0), entry.description()
                            + ", not a regular file; rule folders are read without following links");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuleException(new Location(path.toString(), 0, 0), "cannot read: "
                    + InputFiles.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        }
        if (sources.isEmpty()) {
            throw new RuleException(new Location(path.toString(), 0, 0), "no *.yaml rule files in folder");
        }
        return sources;
    }

    private static boolean isRuleFileName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Source read(Path file) {
        return new Source(file.toString(), decode(file.toString(), readBounded(file, "rule files")));
    }

    /**
     * A rule or baseline file's bytes, its size checked before reading and never read beyond it; a pipe or
     * device is refused before it is opened. Problems are reported as the rule language's own errors.
     */
    static byte[] readBounded(Path file, String kind) {
        try {
            // the callers have found a regular file, through a link only where the user named it
            Path target = file.toRealPath();
            // a UTF-8 character is at most 4 bytes; the parser counts the characters themselves
            return InputFiles.read(target, RuleYaml.MAX_CHARS * 4L, size -> "file is " + size + " bytes; " + kind
                    + " are limited to " + RuleYaml.MAX_CHARS + " characters");
        } catch (IOException e) {
            throw new RuleException(new Location(file.toString(), 0, 0), "cannot read: " + InputFiles.reason(e));
        } catch (InputException e) {
            throw new RuleException(new Location(file.toString(), 0, 0), e.reason());
        }
    }

    static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleException(new Location(name, 0, 0), "not valid UTF-8 text");
        }
    }

    private RuleSet build(List<Source> sources) {
        return build(RuleSet.EMPTY, sources);
    }

    private RuleSet build(RuleSet base, List<Source> sources) {
        List<ClaimDefinition> claims = new ArrayList<>(base.claims());
        List<CheckDefinition> checks = new ArrayList<>(base.checks());
        Names names = base.names();
        for (Source source : sources) {
            RuleFileReader.Parsed parsed = new RuleFileReader(source.name()).read(source.content());
            claims.addAll(parsed.claims());
            checks.addAll(parsed.checks());
            names = names.and(parsed.names());
        }
        Map<String, Location> ids = new HashMap<>();
        Set<String> baseFiles = Set.copyOf(base.sources());
        for (ClaimDefinition claim : claims) {
            unique(ids, claim.id(), claim.location(), baseFiles);
        }
        Map<String, ClaimDefinition> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        for (CheckDefinition check : checks) {
            unique(ids, check.id(), check.location(), baseFiles);
            for (String role : check.kind().roles()) {
                for (String claimId : check.claims(role)) {
                    ClaimDefinition claim = byId.get(claimId);
                    if (claim == null) {
                        throw new RuleException(check.location(), "check '" + check.id() + "' names unknown claim '"
                                + claimId + "' as " + role + (byId.isEmpty() ? "" : " (known claims: "
                                + String.join(", ", byId.keySet().stream().sorted().toList()) + ")"));
                    }
                    for (CheckDefinition.Alignment step : check.alignment()) {
                        for (String qualifier : step.known()) {
                            if (!claim.qualifiers().contains(qualifier) && !claim.alignBy().contains(qualifier)) {
                                List<String> kept = new ArrayList<>(claim.qualifiers());
                                kept.addAll(claim.alignBy());
                                throw new RuleException(step.location(), "check '" + check.id() + "' aligns by '"
                                        + qualifier + "', which claim '" + claimId + "' does not keep (it keeps: "
                                        + (kept.isEmpty() ? "none" : String.join(", ", kept)) + ")");
                            }
                        }
                    }
                    MentionKind needed = CheckMentionKinds.required(check.kind(), role);
                    if (needed != null && claim.mention() != needed) {
                        throw new RuleException(check.location(), "check '" + check.id() + "' (" + check.kind().yamlName()
                                + ") needs a " + needed.yamlName() + " claim as " + role + ", but '" + claimId
                                + "' is a " + claim.mention().yamlName() + " claim");
                    }
                    if (check.kind() == CheckKind.EVENT_DATES_AGREE && !claim.event()) {
                        throw new RuleException(check.location(), "check '" + check.id() + "' ("
                                + check.kind().yamlName() + ") compares dates bound to events, but claim '" + claimId
                                + "' has no 'event: true'");
                    }
                }
            }
        }
        List<String> files = new ArrayList<>(base.sources());
        sources.forEach(source -> files.add(source.name()));
        return new RuleSet(claims, checks, names, files);
    }

    /**
     * Ids are unique across every file of a run. A pack's rule is never replaced silently by a project's rule
     * of the same id: the project renames its rule, or turns the pack off and copies the files it wants.
     */
    private static void unique(Map<String, Location> ids, String id, Location at, Set<String> packFiles) {
        Location first = ids.putIfAbsent(id, at);
        if (first == null) {
            return;
        }
        if (packFiles.contains(first.file()) && !packFiles.contains(at.file())) {
            throw new RuleException(at, "duplicate id '" + id + "': the rule pack defines it at " + first
                    + "; rules add to the pack and cannot replace its rules: give this one another id, or turn"
                    + " the pack off (--no-default-rules, factunit.defaultRules=false) and copy what you need");
        }
        throw new RuleException(at, "duplicate id '" + id + "' (first defined at " + first + ")");
    }
}

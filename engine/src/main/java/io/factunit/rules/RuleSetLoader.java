package io.factunit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads rule files (single files, folders of *.yaml, or classpath resources) into one validated
 * {@link RuleSet}: ids are unique across files, every claim a check names exists and has the mention kind
 * the check needs.
 */
public final class RuleSetLoader {
    /** Where rule packs on the classpath list their files, one resource path per line. */
    public static final String PACK_INDEX = "META-INF/factunit/rule-packs.list";


    public RuleSet load(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.addAll(sourcesOf(path));
        }
        return build(sources);
    }

    /** Every rule pack on the classpath (the default pack when factunit-rules is a dependency). */
    public RuleSet loadClasspathPacks(ClassLoader loader) {
        List<Source> sources = new ArrayList<>();
        try {
            var indexes = loader.getResources(PACK_INDEX);
            List<String> resources = new ArrayList<>();
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
            for (String resource : resources.stream().sorted().distinct().toList()) {
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

    /** Parses rule text directly (for tests and tools). */
    public RuleSet parse(String fileName, String content) {
        return build(List.of(new Source(fileName, content)));
    }

    private record Source(String name, String content) {
    }

    private List<Source> sourcesOf(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<Source> sources = new ArrayList<>();
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .sorted().toList()) {
                        sources.add(read(file));
                    }
                }
                if (sources.isEmpty()) {
                    throw new RuleException(new Location(path.toString(), 0, 0), "no *.yaml rule files in folder");
                }
                return sources;
            }
            if (!Files.exists(path)) {
                throw new RuleException(new Location(path.toString(), 0, 0), "rule file not found");
            }
            return List.of(read(path));
        } catch (IOException e) {
            throw new RuleException(new Location(path.toString(), 0, 0), "cannot read: " + e.getMessage());
        }
    }

    private static Source read(Path file) throws IOException {
        if (Files.size(file) > RuleYaml.MAX_CHARS * 4L) {
            throw new RuleException(new Location(file.toString(), 0, 0), "file is " + Files.size(file)
                    + " bytes; rule files are limited to " + RuleYaml.MAX_CHARS + " characters");
        }
        return new Source(file.toString(), decode(file.toString(), Files.readAllBytes(file)));
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleException(new Location(name, 0, 0), "not valid UTF-8 text");
        }
    }

    private RuleSet build(List<Source> sources) {
        List<ClaimDefinition> claims = new ArrayList<>();
        List<CheckDefinition> checks = new ArrayList<>();
        for (Source source : sources) {
            RuleFileReader.Parsed parsed = new RuleFileReader(source.name()).read(source.content());
            claims.addAll(parsed.claims());
            checks.addAll(parsed.checks());
        }
        Map<String, Location> ids = new HashMap<>();
        for (ClaimDefinition claim : claims) {
            unique(ids, claim.id(), claim.location());
        }
        Map<String, ClaimDefinition> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        for (CheckDefinition check : checks) {
            unique(ids, check.id(), check.location());
            for (String role : check.kind().roles()) {
                for (String claimId : check.claims(role)) {
                    ClaimDefinition claim = byId.get(claimId);
                    if (claim == null) {
                        throw new RuleException(check.location(), "check '" + check.id() + "' names unknown claim '"
                                + claimId + "' as " + role + (byId.isEmpty() ? "" : " (known claims: "
                                + String.join(", ", byId.keySet().stream().sorted().toList()) + ")"));
                    }
                    MentionKind needed = CheckMentionKinds.required(check.kind(), role);
                    if (needed != null && claim.mention() != needed) {
                        throw new RuleException(check.location(), "check '" + check.id() + "' (" + check.kind().yamlName()
                                + ") needs a " + needed.yamlName() + " claim as " + role + ", but '" + claimId
                                + "' is a " + claim.mention().yamlName() + " claim");
                    }
                }
            }
        }
        return new RuleSet(claims, checks, sources.stream().map(Source::name).toList());
    }

    private static void unique(Map<String, Location> ids, String id, Location at) {
        Location first = ids.putIfAbsent(id, at);
        if (first != null) {
            throw new RuleException(at, "duplicate id '" + id + "' (first defined at " + first + ")");
        }
    }
}

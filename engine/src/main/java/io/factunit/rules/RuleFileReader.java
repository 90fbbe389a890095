package io.factunit.rules;

import io.factunit.article.yaml.YamlMapping;
import io.factunit.article.yaml.YamlNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one rule file's YAML into claim and check definitions, refusing anything it does not understand. */
final class RuleFileReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_PATTERN = 500;
    private static final List<String> TOP_KEYS = List.of("claims", "checks", "names");
    private static final List<String> NAMES_KEYS = List.of("places", "organisations");
    private static final List<String> CLAIM_KEYS = List.of("id", "title", "description", "mention", "head", "bare",
            "verb", "context", "unless", "modifier", "unless-modifier", "pattern", "range", "qualifiers", "align-by",
            "open", "event");
    private static final List<String> CHECK_KEYS = List.of("id", "title", "description", "kind", "severity", "tags",
            "claim", "part", "whole", "parts", "total", "duration", "range", "before", "after", "tolerance",
            "open-bound", "alignment", "weak-alignment", "examples");
    private static final List<String> ALIGNMENT_KEYS = List.of("known", "shared-words", "severity");
    private static final List<String> TOLERANCE_KEYS = List.of("absolute", "relative", "days");
    private static final List<String> EXAMPLE_KEYS = List.of("name", "articles", "expect");
    private static final List<String> ARTICLE_KEYS = List.of("text", "published");

    record Parsed(List<ClaimDefinition> claims, List<CheckDefinition> checks, Names names) {
    }

    private final RuleYaml yaml;

    /** Reads the rule file named {@code file}, whose content is given to {@link #read}. */
    RuleFileReader(String file) {
        this.yaml = new RuleYaml(file);
    }

    Parsed read(String content) {
        YamlMapping top = yaml.mapping(yaml.read(content), "a rule file", TOP_KEYS);
        List<ClaimDefinition> claims = new ArrayList<>();
        for (YamlNode node : top.list("claims")) {
            claims.add(claim(node));
        }
        List<CheckDefinition> checks = new ArrayList<>();
        for (YamlNode node : top.list("checks")) {
            checks.add(check(node));
        }
        return new Parsed(claims, checks, names(top));
    }

    /** {@code names: {places: [...], organisations: [...]}}, as written (they are looked up in any case). */
    private Names names(YamlMapping top) {
        if (!top.has("names")) {
            return Names.NONE;
        }
        YamlMapping in = yaml.mapping(top.value("names"), "the names", NAMES_KEYS);
        return new Names(in.texts("places"), in.texts("organisations"));
    }

    private ClaimDefinition claim(YamlNode node) {
        YamlMapping in = yaml.mapping(node, "a claim", CLAIM_KEYS);
        String id = id(in);
        MentionKind mention = enumValue(in, "mention", MentionKind.class, null);
        List<String> qualifiers = qualifiers(in, "qualifiers", mention);
        List<String> alignBy = qualifiers(in, "align-by", mention);
        for (String qualifier : alignBy) {
            if (qualifiers.contains(qualifier)) {
                throw new RuleException(yaml.at(in.value("align-by")), "qualifier '" + qualifier + "' is under both"
                        + " 'qualifiers' and 'align-by'; name it once");
            }
        }
        boolean open = in.bool("open", false);
        if (open && mention != MentionKind.QUANTITY) {
            throw new RuleException(yaml.at(in.value("open")), "'open' applies to quantity claims only, not to a "
                    + mention.yamlName() + " claim");
        }
        boolean event = in.bool("event", false);
        if (event && mention != MentionKind.DATE) {
            throw new RuleException(yaml.at(in.entry("event")), "'event' applies to date claims only, not to a "
                    + mention.yamlName() + " claim");
        }
        boolean bare = in.bool("bare", false);
        if (bare && (mention != MentionKind.QUANTITY || !in.has("head"))) {
            throw new RuleException(yaml.at(in.value("bare")), "bare applies to a quantity claim with a head: it"
                    + " lets a number with no counted noun stand for the heads");
        }
        if (in.has("unless-modifier") && mention != MentionKind.QUANTITY) {
            throw new RuleException(yaml.at(in.value("unless-modifier")), "unless-modifier applies to quantity"
                    + " claims only: it names words that must not modify the count");
        }
        return new ClaimDefinition(id, in.text("title", id), mention, in.words("head"), bare, in.words("verb"),
                in.words("context"), in.words("unless"), in.words("modifier"), in.words("unless-modifier"), pattern(in),
                in.bool("range", false), qualifiers, alignBy, open, yaml.at(in), event);
    }

    /** The qualifiers listed under {@code key}, each known and fit for the claim's mention kind. */
    private List<String> qualifiers(YamlMapping in, String key, MentionKind mention) {
        List<String> qualifiers = new ArrayList<>(in.words(key));
        for (String qualifier : qualifiers) {
            if (!ClaimDefinition.QUALIFIERS.contains(qualifier)) {
                throw new RuleException(yaml.at(in.value(key)), "unknown qualifier '" + qualifier
                        + "' (expected one of: " + String.join(", ", ClaimDefinition.QUALIFIERS) + ")");
            }
            if (ClaimDefinition.QUANTITY_QUALIFIERS.contains(qualifier) && mention != MentionKind.QUANTITY) {
                throw new RuleException(yaml.at(in.value(key)), "qualifier '" + qualifier
                        + "' applies to quantity claims only, not to a " + mention.yamlName() + " claim");
            }
        }
        return List.copyOf(qualifiers);
    }

    private Pattern pattern(YamlMapping in) {
        if (!in.has("pattern")) {
            return null;
        }
        String regex = in.text("pattern");
        Location at = yaml.at(in.value("pattern"));
        if (regex.length() > MAX_PATTERN) {
            throw new RuleException(at, "pattern is " + regex.length() + " characters; at most " + MAX_PATTERN);
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new RuleException(at, "bad regular expression: " + e.getDescription() + " near index "
                    + e.getIndex() + " of '" + regex + "'");
        }
    }

    private CheckDefinition check(YamlNode node) {
        YamlMapping in = yaml.mapping(node, "a check", CHECK_KEYS);
        String id = id(in);
        CheckKind kind = enumValue(in, "kind", CheckKind.class, null);
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (String role : kind.roles()) {
            List<String> ids = in.texts(role);
            if (ids.isEmpty()) {
                throw new RuleException(yaml.at(in), "a '" + kind.yamlName() + "' check needs '" + role + "'");
            }
            claims.put(role, List.copyOf(ids));
        }
        for (String key : List.of("claim", "part", "whole", "parts", "total", "duration", "range", "before", "after")) {
            if (in.has(key) && !kind.roles().contains(key)) {
                throw new RuleException(yaml.at(in.entry(key)), "'" + key + "' does not apply to a '" + kind.yamlName()
                        + "' check (it takes: " + String.join(", ", kind.roles()) + ")");
            }
        }
        String openBound = in.text("open-bound", "review");
        if (!openBound.equals("review") && !openBound.equals("pass")) {
            throw new RuleException(yaml.at(in.value("open-bound")), "'open-bound' must be review or pass, found '"
                    + openBound + "'");
        }
        Severity weakAlignment = weakAlignment(in, kind);
        List<RuleExample> examples = new ArrayList<>();
        for (YamlNode example : in.list("examples")) {
            examples.add(example(example));
        }
        return new CheckDefinition(id, in.text("title", id), kind,
                enumValue(in, "severity", Severity.class, Severity.ERROR), List.copyOf(in.words("tags")),
                claims, tolerance(in), openBound, alignment(in, kind), examples, yaml.at(in), weakAlignment);
    }

    /** The severity of a group by what its claims share: a list of {known: [qualifiers], severity}. */
    private List<CheckDefinition.Alignment> alignment(YamlMapping in, CheckKind kind) {
        if (!in.has("alignment")) {
            return List.of();
        }
        if (kind != CheckKind.AGREE && kind != CheckKind.NOT_DECREASING) {
            throw new RuleException(yaml.at(in.entry("alignment")), "'alignment' applies to agree and not-decreasing"
                    + " checks only, not to a '" + kind.yamlName() + "' check");
        }
        List<CheckDefinition.Alignment> steps = new ArrayList<>();
        for (YamlNode node : in.list("alignment")) {
            YamlMapping step = yaml.mapping(node, "an alignment step", ALIGNMENT_KEYS);
            List<String> known = new ArrayList<>(step.words("known"));
            if (known.isEmpty()) {
                throw new RuleException(yaml.at(step), "an alignment step needs 'known': the qualifiers its groups"
                        + " share with a value");
            }
            for (String qualifier : known) {
                if (!ClaimDefinition.QUALIFIERS.contains(qualifier)) {
                    throw new RuleException(yaml.at(step.value("known")), "unknown qualifier '" + qualifier
                            + "' (expected one of: " + String.join(", ", ClaimDefinition.QUALIFIERS) + ")");
                }
            }
            double sharedWords = step.number("shared-words", 0);
            if (sharedWords > 1) {
                throw new RuleException(yaml.at(step.value("shared-words")), "'shared-words' is a share of the"
                        + " sentences' words, from 0 to 1 (or 0% to 100%), found " + step.text("shared-words"));
            }
            steps.add(new CheckDefinition.Alignment(known, sharedWords,
                    enumValue(step, "severity", Severity.class, null), yaml.at(step)));
        }
        if (steps.isEmpty()) {
            throw new RuleException(yaml.at(in.value("alignment")), "'alignment' needs at least one step");
        }
        return List.copyOf(steps);
    }

    /**
     * The severity of a finding whose claims align on the event alone, no holder known ({@code weak-alignment}:
     * error, warning, info or off); null for off. Only event-dates-agree aligns claims by strength.
     */
    private Severity weakAlignment(YamlMapping in, CheckKind kind) {
        if (!in.has("weak-alignment")) {
            return kind == CheckKind.EVENT_DATES_AGREE ? Severity.WARNING : null;
        }
        if (kind != CheckKind.EVENT_DATES_AGREE) {
            throw new RuleException(yaml.at(in.entry("weak-alignment")), "'weak-alignment' applies to "
                    + CheckKind.EVENT_DATES_AGREE.yamlName() + " checks only, not to a '" + kind.yamlName() + "' check");
        }
        if (in.text("weak-alignment").equals("off")) {
            return null;
        }
        try {
            return enumValue(in, "weak-alignment", Severity.class, null);
        } catch (RuleException e) {
            throw new RuleException(yaml.at(in.value("weak-alignment")), "'weak-alignment' must be error, warning,"
                    + " info or off, found '" + in.text("weak-alignment") + "'");
        }
    }

    private Tolerance tolerance(YamlMapping in) {
        if (!in.has("tolerance")) {
            return Tolerance.NONE;
        }
        YamlMapping t = yaml.mapping(in.value("tolerance"), "a tolerance", TOLERANCE_KEYS);
        return new Tolerance(t.number("absolute", 0), t.number("relative", 0), (int) t.number("days", 0));
    }

    private RuleExample example(YamlNode node) {
        YamlMapping in = yaml.mapping(node, "an example", EXAMPLE_KEYS);
        List<RuleExample.Text> texts = new ArrayList<>();
        for (YamlNode article : in.list("articles")) {
            if (article instanceof YamlNode.Scalar s) {
                texts.add(new RuleExample.Text(s.text(), null));
                continue;
            }
            YamlMapping a = yaml.mapping(article, "an example article", ARTICLE_KEYS);
            LocalDate published = null;
            if (a.has("published")) {
                try {
                    published = LocalDate.parse(a.text("published"));
                } catch (DateTimeParseException e) {
                    throw new RuleException(yaml.at(a.value("published")), "'published' must be a date like "
                            + "2024-02-01, found '" + a.text("published") + "'");
                }
            }
            texts.add(new RuleExample.Text(a.text("text"), published));
        }
        if (texts.isEmpty()) {
            throw new RuleException(yaml.at(in), "an example needs at least one entry under 'articles'");
        }
        String expect = in.text("expect");
        if (!List.of("passed", "failed", "skipped").contains(expect)) {
            throw new RuleException(yaml.at(in.value("expect")), "'expect' must be passed, failed or skipped, found '"
                    + expect + "'");
        }
        return new RuleExample(in.text("name", expect), texts, expect, yaml.at(in));
    }

    private String id(YamlMapping in) {
        String id = in.text("id");
        if (!ID.matcher(id).matches()) {
            throw new RuleException(yaml.at(in.value("id")), "id '" + id
                    + "' must be lower-case words joined by hyphens, like prisoners-released");
        }
        return id;
    }

    private <E extends Enum<E>> E enumValue(YamlMapping in, String key, Class<E> type, E fallback) {
        if (!in.has(key) && fallback != null) {
            return fallback;
        }
        String text = in.text(key);
        String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new RuleException(yaml.at(in.value(key)), "unknown " + key + " '" + text + "' (expected one of: "
                + String.join(", ", names) + ")");
    }
}

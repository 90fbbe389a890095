package io.factunit.junit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * What to check and how, from a {@link FactCheck} annotation, else the configuration parameters
 * ({@code junit-platform.properties} or Surefire's configurationParameters), else the defaults.
 */
record Settings(List<Path> stories, List<Path> rules, Path baseline, String failOn) {
    static final String STORIES = "factunit.stories";
    static final String RULES = "factunit.rules";
    static final String BASELINE = "factunit.baseline";
    static final String FAIL_ON = "factunit.failOn";
    static final String DEFAULT_STORIES = "src/test/stories";

    static Settings from(ConfigurationParameters config) {
        return new Settings(paths(config.get(STORIES).orElse(DEFAULT_STORIES)),
                paths(config.get(RULES).orElse("")),
                config.get(BASELINE).filter(s -> !s.isBlank()).map(Path::of).orElse(null),
                config.get(FAIL_ON).orElse("error"));
    }

    static Settings from(FactCheck annotation, ConfigurationParameters config) {
        Settings defaults = from(config);
        return new Settings(
                annotation.stories().length > 0 ? Arrays.stream(annotation.stories()).map(Path::of).toList()
                        : defaults.stories(),
                annotation.rules().length > 0 ? Arrays.stream(annotation.rules()).map(Path::of).toList()
                        : defaults.rules(),
                annotation.baseline().isBlank() ? defaults.baseline() : Path.of(annotation.baseline()),
                annotation.failOn().isBlank() ? defaults.failOn() : annotation.failOn());
    }

    Settings withStories(List<Path> dirs) {
        return new Settings(dirs, rules, baseline, failOn);
    }

    private static List<Path> paths(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}

package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.OneLine;
import org.apiguardian.api.API;

/** A rule file that cannot be used. The message is one line: {@code file:line:col: what is wrong}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    public RuleException(Location location, String problem) {
        super(OneLine.of(location + ": " + problem));
        this.location = location;
    }

    public Location location() {
        return location;
    }
}

package io.factunit.article;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Bad input: a story folder, article or story.yaml that cannot be read as it stands. The message is one
 * line, {@code FILE:LINE:COLUMN: reason}, in the form compilers use so editors and CI logs link to it;
 * line and column are 0 (and left out of the message) where they do not apply.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public InputException(Path file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public InputException(Path file, int line, int column, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public InputException(Path file, String reason) {
        this(file, 0, 0, reason, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the whole file or folder. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when not applicable. */
    public int column() {
        return column;
    }

    /** The message without the location. */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder().append(file);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        return OneLine.of(message.append(": ").append(reason).toString());
    }
}

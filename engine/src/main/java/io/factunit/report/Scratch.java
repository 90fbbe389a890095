package io.factunit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Where the parts of a report that must wait (see {@link SpilledSection}) are kept: in memory, or in hidden
 * temporary files beside the report file ({@link TempFiles}), so that a report larger than memory can be
 * written, and nothing is left in a shared temporary folder.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Scratch {
    /** Parts kept in memory: for stdout and for reports rendered to a string. */
    public static final Scratch MEMORY = new Scratch(null);

    private final Path folder;

    private Scratch(Path folder) {
        this.folder = folder;
    }

    /** Parts kept in temporary files in {@code folder}, the folder of the report file. */
    public static Scratch beside(Path folder) {
        return new Scratch(folder);
    }

    /** The folder of the temporary files, or null when parts are kept in memory. */
    Path folder() {
        return folder;
    }
}

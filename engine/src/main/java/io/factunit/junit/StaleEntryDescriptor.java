package io.factunit.junit;

import io.factunit.check.BaselineAudit;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.File;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * A baseline entry that matched no failure of the stories checked: skipped with a warning, or failed with
 * {@code factunit.failOnStale=true}. Its source is the entry's line in the baseline file.
 */
final class StaleEntryDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "stale";

    private final AcceptedDiscrepancy entry;
    private final boolean fails;

    StaleEntryDescriptor(UniqueId id, AcceptedDiscrepancy entry, boolean fails) {
        super(id, Execution.printable("stale baseline entry: " + entry.check()
                        + (entry.story() == null ? "" : " in " + entry.story())),
                FileSource.from(new File(entry.location().file()).getAbsoluteFile(),
                        FilePosition.from(Math.max(1, entry.location().line()), Math.max(1, entry.location().column()))));
        this.entry = entry;
        this.fails = fails;
    }

    String message() {
        return Execution.printable(entry.location() + ": " + BaselineAudit.describe(entry));
    }

    boolean fails() {
        return fails;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}

package io.factunit.junit;

import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleExample;
import io.factunit.rules.RuleSet;
import java.io.File;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * One {@code examples:} entry of a check: its snippets must give the outcome it expects. Run at execution
 * (the tree does not depend on the outcome), pointing at the example in the rule file.
 */
final class ExampleDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "example";

    private final RuleSet rules;
    private final CheckDefinition check;
    private final RuleExample example;

    ExampleDescriptor(UniqueId id, RuleSet rules, CheckDefinition check, RuleExample example) {
        super(id, check.title() + ": " + example.name() + " (expect " + example.expect() + ")", source(example));
        this.rules = rules;
        this.check = check;
        this.example = example;
    }

    private static TestSource source(RuleExample example) {
        File file = new File(example.location().file());
        if (!file.isFile()) {
            return null;
        }
        return example.location().line() > 0
                ? FileSource.from(file.getAbsoluteFile(), FilePosition.from(example.location().line(),
                example.location().column()))
                : FileSource.from(file.getAbsoluteFile());
    }

    RuleSet rules() {
        return rules;
    }

    CheckDefinition check() {
        return check;
    }

    RuleExample example() {
        return example;
    }

    @Override
    public Set<TestTag> getTags() {
        return Set.of(TestTag.create("rule-example"));
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}

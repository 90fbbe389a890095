package io.factunit.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class whose name Maven Surefire picks up (e.g. {@code NewsFactsTest}) as the anchor for fact
 * checks: the {@code factunit} engine checks the named story folders with the named rules. Surefire hands
 * test engines only classes, so one such class is what makes plain {@code mvn test} run the checks; IDEs
 * offer to run it because it is {@link Testable}.
 *
 * <pre>{@code
 * @FactCheck(stories = "src/test/stories")
 * class NewsFactsTest {}
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
@API(status = EXPERIMENTAL, since = "0.1")
public @interface FactCheck {
    /**
     * Story folders, relative to the working directory (the module folder under Maven). A folder holding
     * no articles but sub-folders is a folder of stories. Default: {@code factunit.stories}, else
     * {@code src/test/stories}.
     */
    String[] stories() default {};

    /**
     * Rule files or folders, added to the rule packs on the classpath and to the rule files in the classpath's
     * {@code factunit/rules/} folder; their checks' {@code examples:} run as tests too. Default:
     * {@code factunit.rules}, else none.
     */
    String[] rules() default {};

    /**
     * Whether the rule packs on the classpath (the default news pack) are checked with. {@code false}, or
     * {@code factunit.defaultRules=false}, leaves only the project's own rules.
     */
    boolean defaultRules() default true;

    /** A baseline file of accepted discrepancies. Default: {@code factunit.baseline}, else none. */
    String baseline() default "";

    /**
     * Lowest severity whose failures fail their test: error, warning, info or never; below it a failure passes,
     * printed and published as a report entry. Default: {@code factunit.failOn}, else error.
     */
    String failOn() default "";
}

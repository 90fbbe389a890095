package io.factunit.mention;

/**
 * A person named in an article, as another kind of mention reads it: quotes take their speakers from the
 * people found ({@link MentionFinder#needs}) through this, without knowing the person finder or its package.
 */
public interface NamedPerson extends Mention {
    /** The full name as written; for a surname-only reference, the full name it was linked to. */
    String name();
}

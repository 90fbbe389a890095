/**
 * Mutation testing for rule packs ({@code factunit mutate}): plants one contradiction at a time in a copy of
 * a story, where two or more of its articles state the same fact in the same words, checks the copy with the
 * rules, and tells which plants a failure caught at the planted span. How a rule author learns what a pack
 * is blind to; see docs/mutate.md.
 */
package io.factunit.mutate;

/**
 * Helpers for work on other threads that several stages share (rule patterns on deep stacks, stories checked
 * side by side). Depends on no stage.
 */
package io.factunit.concurrent;

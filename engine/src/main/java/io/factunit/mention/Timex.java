package io.factunit.mention;

/**
 * A TimeML TIMEX3 normalisation: type DATE, TIME, DURATION or SET, and its value ("2024-02-01", "XXXX-10-07",
 * "P6W", "PRESENT_REF"), so temporal mentions can be compared with TimeML-annotated corpora.
 */
public record Timex(String type, String value) {
}

package io.factunit.mention;

/**
 * A TimeML TIMEX3 normalisation: type DATE, TIME, DURATION or SET, and its value ("2024-02-01", "XXXX-10-07",
 * "P6W", "PRESENT_REF"), so temporal mentions can be compared with TimeML-annotated corpora.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value; "X" marks what the text leaves unknown ("XXXX-WXX-3" for "on Wednesday"
 *              without a publication date)
 * @param mod   the TIMEX3 mod for a part of a period ("START" for "early next week", "MID", "END"), or null
 */
public record Timex(String type, String value, String mod) {

    public Timex(String type, String value) {
        this(type, value, null);
    }
}

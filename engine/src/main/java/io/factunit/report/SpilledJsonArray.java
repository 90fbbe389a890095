package io.factunit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * The elements of an array in a JSON document, written as they come with a generator of their own into a
 * {@link SpilledSection}, and poured into the document when it reaches the array. That generator first
 * writes the document's way down to the array (dropped), so the elements get exactly the indentation and
 * separators they have at the array's place in the document.
 */
final class SpilledJsonArray implements Closeable {
    /** Makes a generator on {@code out} and writes the document's opening down to the array, inclusive. */
    interface Opening {
        JsonGenerator openOn(Writer out) throws IOException;
    }

    /** Writes the array's last elements with the array's generator, straight into the document. */
    interface Tail {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private final SpilledSection section;
    private final JsonGenerator json;

    SpilledJsonArray(Scratch scratch, Opening opening) throws IOException {
        section = new SpilledSection(scratch);
        try {
            section.drop();
            json = opening.openOn(section.writer());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            json.flush();
            section.keep();
        } catch (IOException | RuntimeException e) {
            section.close();
            throw e;
        }
    }

    /** The generator for the array's next element. */
    JsonGenerator json() {
        return json;
    }

    /**
     * Writes the array as field {@code name} of the object that {@code document} is in. The document's
     * generator closes it as it closes any array (" ]", whether or not it saw the elements).
     */
    void pourInto(JsonGenerator document, Writer out, String name) throws IOException {
        pourInto(document, out, name, json -> { });
    }

    /**
     * As {@link #pourInto(JsonGenerator, Writer, String)}, then the {@code tail} elements: written after the
     * spilled ones by the same generator (so separators and indentation continue), without a detour through
     * the spill.
     */
    void pourInto(JsonGenerator document, Writer out, String name, Tail tail) throws IOException {
        json.flush();
        document.writeArrayFieldStart(name);
        document.flush();
        section.pourAndFollow(out);
        tail.writeTo(json);
        json.flush();
        document.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        try {
            json.close();
        } finally {
            section.close();
        }
    }
}

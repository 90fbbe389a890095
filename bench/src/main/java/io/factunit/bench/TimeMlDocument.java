package io.factunit.bench;

import io.factunit.cli.UsageException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML document (a TempEval-3 {@code .tml} file): the plain text of its {@code TEXT} element with every
 * tag stripped and entities decoded, the document creation time from {@code DCT}, and the gold TIMEX3s of the
 * text with their offsets into that plain text. The DCT's own TIMEX3 is not a gold timex: TempEval-3 gives it
 * to the systems.
 */
record TimeMlDocument(String name, LocalDate dct, String text, List<Timex3> timexes) {

    TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** A TIMEX3 over {@code [start, end)} of a text, with its type and value. */
    record Timex3(int start, int end, String type, String value) {
        boolean overlaps(Timex3 other) {
            return start < other.end && other.start < end;
        }

        int overlap(Timex3 other) {
            return Math.min(end, other.end) - Math.max(start, other.start);
        }
    }

    static TimeMlDocument read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimeMlDocument parse(String name, String xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder text = new StringBuilder();
        List<Timex3> timexes = new ArrayList<>();
        LocalDate dct = null;
        boolean inText = false;
        boolean inDct = false;
        int timexStart = -1;
        String type = null;
        String value = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("TEXT")) {
                        inText = true;
                    } else if (element.equals("DCT")) {
                        inDct = true;
                    } else if (element.equals("TIMEX3") && inDct && dct == null) {
                        dct = dct(reader.getAttributeValue(null, "value"), name, reader.getLocation());
                    } else if (element.equals("TIMEX3") && inText) {
                        timexStart = text.length();
                        type = required(reader, "type", name);
                        value = required(reader, "value", name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("TEXT")) {
                        inText = false;
                    } else if (element.equals("DCT")) {
                        inDct = false;
                    } else if (element.equals("TIMEX3") && inText && timexStart >= 0) {
                        timexes.add(new Timex3(timexStart, text.length(), type, value));
                        timexStart = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new UsageException(at(name, e.getLocation()) + ": not TimeML: " + firstLine(e.getMessage()));
        } finally {
            close(reader);
        }
        if (dct == null) {
            throw new UsageException(name + ": no document creation time (<DCT><TIMEX3 value=...>)");
        }
        return new TimeMlDocument(name, dct, text.toString(), timexes);
    }

    private static LocalDate dct(String value, String name, Location location) {
        try {
            return LocalDate.parse(value == null || value.length() < 10 ? String.valueOf(value) : value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new UsageException(at(name, location) + ": the DCT '" + value + "' is not a day (YYYY-MM-DD)");
        }
    }

    private static String required(XMLStreamReader reader, String attribute, String name) {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null) {
            throw new UsageException(at(name, reader.getLocation()) + ": TIMEX3 without " + attribute);
        }
        return value;
    }

    private static String at(String name, Location location) {
        return location == null ? name : name + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    /** The parser's message without its own location prefix lines. */
    private static String firstLine(String message) {
        String[] lines = message.strip().split("\n");
        return lines[lines.length - 1].replaceFirst("^Message: ", "");
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing is left to release: the reader reads from a string
            }
        }
    }
}

package news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The project's own Jupiter test, which must keep running beside the fact checks. */
class HeadlineTest {
    @Test
    void headlinesAreTrimmed() {
        assertEquals("Ferry sinks", " Ferry sinks ".strip());
    }
}

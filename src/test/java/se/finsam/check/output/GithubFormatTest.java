package se.finsam.check.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Workflow commands break on raw newlines, and properties on colons and commas. */
class GithubFormatTest {

    @Test
    void messagesAndPropertiesAreEscaped() {
        assertEquals("a%25b%0Ac", GithubFormat.data("a%b\nc\r\u0007"), "control characters other than newlines go");
        assertEquals("plans/a%3Ab%2Cc.yaml", GithubFormat.property("plans/a:b,c.yaml"));
    }
}

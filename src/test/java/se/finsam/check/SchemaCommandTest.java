package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code finsam-check schema} prints the schema file of the repository, byte for byte, for an editor to use. */
class SchemaCommandTest {

    @Test
    void schemaPrintsTheRepositorysSchemaFile() throws Exception {
        CliTest.Run r = CliTest.run("schema");
        assertEquals(0, r.status(), r.err());
        assertEquals(Files.readString(Path.of("src/main/resources/finsam-document.schema.json")), r.out());
        assertEquals("", r.err());
        assertEquals("https://json-schema.org/draft/2020-12/schema", new ObjectMapper().readTree(r.out()).get("$schema").asText());
    }

    @Test
    void schemaAnswersHelpAndVersion() {
        CliTest.Run help = CliTest.run("schema", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("JSON Schema (draft 2020-12)"), help.out());
        CliTest.Run version = CliTest.run("schema", "-V");
        assertEquals(0, version.status());
        assertEquals(CliTest.run("-V").out(), version.out());
        assertTrue(CliTest.run("--help").out().contains("schema"), "listed among the commands");
    }
}

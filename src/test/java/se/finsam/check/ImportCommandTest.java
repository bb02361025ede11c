package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: forms become structured YAML that kansliet can correct and check again. */
class ImportCommandTest {

    private static final String FORM = "testdata/forms/plan-2017-heby.txt";

    @TempDir
    Path dir;

    @Test
    void eachValueSaysWhichLineOfTheFormItCameFrom() {
        CliTest.Run r = CliTest.run("import", FORM);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("area: Heby  # rad 8\n"), r.out());
        assertTrue(r.out().contains("    dateAsWritten: 26/8  # rad 76\n"), r.out());
        assertTrue(CliTest.run("import", "--lang", "en", FORM).out().contains("area: Heby  # line 8\n"));
    }

    @Test
    void theImportedYamlChecksLikeTheForm() throws Exception {
        assertEquals(0, CliTest.run("import", "-o", dir.toString(), FORM).status());
        Path yaml = dir.resolve("plan-2017-heby.yaml");
        assertEquals(rules(FORM), rules(yaml.toString()));
        // the findings of the YAML point at its own lines: the AF signature's date stands where the import wrote it
        List<String> lines = Files.readAllLines(yaml);
        int dateLine = lines.indexOf("    date: 2016-08-26  # rad 76") + 1;
        assertTrue(findings(yaml.toString()).contains("dates-consistent@" + dateLine), findings(yaml.toString()).toString());
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path yaml = dir.resolve("plan-2017-heby.yaml");
        Files.writeString(yaml, "corrected by kansliet\n");
        CliTest.Run refused = CliTest.run("import", "-o", dir.toString(), FORM);
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains(yaml.toString()), refused.err());
        assertEquals("corrected by kansliet\n", Files.readString(yaml));
        assertEquals(0, CliTest.run("import", "-o", dir.toString(), "--force", FORM).status());
        assertTrue(Files.readString(yaml).startsWith("# " + FORM));
    }

    @Test
    void aFileThatIsNoFormIsOneLineAndTheOthersAreImported() {
        CliTest.Run r = CliTest.run("import", "-o", dir.toString(), "testdata/not-a-form/note-2017-langsiktig-samverkan.txt", FORM);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("testdata/not-a-form/note-2017-langsiktig-samverkan.txt:1:0: "), r.err());
        assertTrue(Files.exists(dir.resolve("plan-2017-heby.yaml")));
    }

    private static List<String> rules(String path) throws Exception {
        return findings(path).stream().map(f -> f.substring(0, f.indexOf('@'))).sorted().toList();
    }

    private static List<String> findings(String path) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliTest.run("check", "--format", "json", path).out()).get("documents").get(0);
        List<String> found = new ArrayList<>();
        doc.get("findings").forEach(f -> found.add(f.get("rule").asText() + "@" + f.get("line").asInt()));
        return found;
    }
}

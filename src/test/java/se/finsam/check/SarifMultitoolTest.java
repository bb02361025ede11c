package se.finsam.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF as GitHub ingests it: Microsoft's SARIF Multitool, with its GitHub and SARIF rules, finds no error or
 * warning – for inputs named by relative paths and by absolute ones outside the working folder. Runs where the
 * Multitool is installed (SARIF_MULTITOOL names its binary; CI installs it from npm).
 */
class SarifMultitoolTest {

    @TempDir
    Path dir;

    @Test
    void theMultitoolFindsNothingWithRelativeOrAbsolutePaths() throws Exception {
        String tool = System.getenv("SARIF_MULTITOOL");
        Assumptions.assumeTrue(tool != null && Files.isExecutable(Path.of(tool)),
                "SARIF Multitool not installed: set SARIF_MULTITOOL to its binary (npm @microsoft/sarif-multitool; CI does)");
        Path outside = Files.createDirectories(dir.resolve("plans with space"));
        Files.copy(Path.of("testdata/samples/plan-2017-heby.yaml"), outside.resolve("plan #1.yaml"));
        Files.writeString(outside.resolve("broken.yaml"), "kind: [\n");
        for (List<String> inputs : List.of(List.of("testdata/samples", "testdata/forms"), List.of(outside.toString()))) {
            List<String> args = new ArrayList<>(List.of("check", "--format", "sarif"));
            args.addAll(inputs);
            Path sarif = dir.resolve("in.sarif");
            Files.writeString(sarif, CliTest.run(args.toArray(String[]::new)).out());
            Path log = dir.resolve("validation.sarif");
            Files.deleteIfExists(log);
            Process p = new ProcessBuilder(tool, "validate", "--rule-kind", "Gh;Sarif", "--output", log.toString(), sarif.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("multitool.log").toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the Multitool finished");
            JsonNode results = new ObjectMapper().readTree(log.toFile()).get("runs").get(0).get("results");
            List<String> problems = new ArrayList<>();
            results.forEach(r -> problems.add(r.get("ruleId").asText() + " " + r.get("message")));
            assertEquals(List.of(), problems, inputs.toString());
        }
    }
}

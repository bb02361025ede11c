package se.finsam.check.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per document of reading the sample plans into a tree with positions, side by side in one JVM: the
 * YAML through the block reader (what TreeReader takes), the same YAML through the full parser (Jackson's YAML
 * parser over SnakeYAML), and the same document as JSON (Jackson's JSON parser).
 * Usage: javac -cp target/finsam-check.jar -d DIR bench/YamlRead.java; java -cp target/finsam-check.jar:DIR se.finsam.check.read.YamlRead [ROUNDS]
 */
public class YamlRead {

    interface Read {
        Node read(int i) throws InputError;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> yaml = new ArrayList<>();
        List<String> json = new ArrayList<>();
        ObjectMapper yamlMapper = new ObjectMapper(new YAMLFactory());
        ObjectMapper jsonMapper = new ObjectMapper();
        try (var files = Files.newDirectoryStream(Path.of("testdata/samples"), "plan-*.yaml")) {
            for (Path f : files) {
                String text = Files.readString(f);
                yaml.add(text);
                json.add(jsonMapper.writeValueAsString(yamlMapper.readTree(text)));
            }
        }
        TreeReader trees = new TreeReader();
        int n = yaml.size();
        Read block = i -> trees.read("plan.yaml", new StringReader(yaml.get(i % n)));
        Read full = i -> trees.readFully("plan.yaml", yaml.get(i % n));
        Read asJson = i -> trees.read("plan.json", new StringReader(json.get(i % n)));
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double b = time(block);
            double f = time(full);
            double j = time(asJson);
            ratios[r] = b / j;
            System.out.printf("round %d: YAML, block reader %.4f ms; YAML, full parser %.4f ms; JSON %.4f ms (CPU a document); block/JSON %.2f%n",
                    r + 1, b, f, j, ratios[r]);
        }
        if (rounds > 1) { // the first round is warm-up; the ratio of each round holds when the machine's speed drifts
            double[] warm = java.util.Arrays.copyOfRange(ratios, 1, rounds);
            java.util.Arrays.sort(warm);
            int m = warm.length;
            System.out.printf("block/JSON, median of rounds 2-%d: %.2f%n", rounds, m % 2 == 1 ? warm[m / 2] : (warm[m / 2 - 1] + warm[m / 2]) / 2);
        }
    }

    private static double time(Read read) throws InputError {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int docs = 20_000;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < docs; i++) {
            if (read.read(i) == null) {
                throw new IllegalStateException();
            }
        }
        return (cpu.getCurrentThreadCpuTime() - start) / 1e6 / docs;
    }
}

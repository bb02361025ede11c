import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes N real-sized plans for bench/run.sh: variants of the plans in testdata/samples (about 3 kB each, long
 * answers and all), either as N YAML files in a folder or as N JSON lines in one file. Each variant has its own area
 * and its own received date (where the sample has one) and costs, so that different rules fire on different documents (late or on time, a
 * cost off the schablon), as in a real year's archive.
 * Usage: java -cp target/finsam-check.jar bench/Generate.java folder|jsonl N OUT
 */
public class Generate {

    private static final Pattern AREA = Pattern.compile("(?m)^area: (.*)$");
    private static final Pattern RECEIVED = Pattern.compile("(?m)^received: 2016-(\\d\\d)-(\\d\\d)");
    private static final Pattern COST = Pattern.compile("(?m)^(    cost: )(\\d+)$");

    public static void main(String[] args) throws Exception {
        String shape = args[0];
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<String> samples = new ArrayList<>();
        try (var files = Files.newDirectoryStream(Path.of("testdata/samples"), "plan-*.yaml")) {
            files.forEach(f -> samples.add(read(f)));
        }
        samples.sort(null); // the same variants on every machine
        if (shape.equals("folder")) {
            Files.createDirectories(out);
            for (int i = 0; i < n; i++) {
                Files.writeString(out.resolve(String.format("plan-%06d.yaml", i)), variant(samples, i));
            }
        } else {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectMapper json = new ObjectMapper();
            try (BufferedWriter lines = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    lines.write(json.writeValueAsString(yaml.readTree(variant(samples, i))));
                    lines.newLine();
                }
            }
        }
    }

    /** Plan i: sample i % 4 with area, received date and costs of its own. */
    static String variant(List<String> samples, int i) {
        String text = samples.get(i % samples.size());
        text = AREA.matcher(text).replaceFirst(m -> Matcher.quoteReplacement("area: " + m.group(1) + " " + i));
        text = RECEIVED.matcher(text).replaceFirst(String.format("received: 2016-%02d-%02d", 8 + i % 2, 1 + i % 28));
        int step = i % 7;
        return COST.matcher(text).replaceAll(m -> m.group(1) + (Long.parseLong(m.group(2)) + step * 1000L));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

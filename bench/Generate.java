import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N generated plans as JSON lines (one document per line) for bench/run.sh. The plans vary with their
 * number so that different rules fire on different documents: late or on time, a missing signature, a
 * percent of zero, an unmeasurable goal, a cost off the schablon, an unanswered gender question.
 * Usage: java bench/Generate.java N FILE
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(plan(i));
                out.newLine();
            }
        }
    }

    static String plan(int i) {
        int percent = new int[] {50, 75, 100, 0}[i % 4];
        String fourth = i % 6 == 0 ? "" : ",{\"organisation\":\"FK\",\"name\":\"D\",\"date\":\"2016-08-30\"}";
        return "{\"kind\":\"plan\",\"edition\":2017,\"area\":\"Område " + i + "\",\"received\":\"2016-0" + (8 + i % 2)
                + "-0" + (1 + i % 9) + "\","
                + "\"answers\":{\"goals\":\"Mål " + i + "\",\"targetGroups\":\"Unga vuxna\",\"gender\":\""
                + (i % 3 == 0 ? "Nej" : "Analys per kön av lotsärenden") + "\",\"structuralAreas\":\"Samsyn\","
                + "\"competenceEfforts\":\"SIP\"},"
                + "\"resources\":[{\"resource\":\"Samverkanskoordinator " + percent + " %\",\"period\":2017,"
                + "\"resultGoal\":\"" + (i % 5 == 0 ? "Uppfylld verksamhetsplan" : (10 + i % 40) + " lotsärenden") + "\","
                + "\"effects\":\"Bättre samverkan\",\"cost\":" + (percent * 6000 + (i % 7 == 0 ? 1000 : 0)) + "},"
                + "{\"resource\":\"Övriga kostnader\",\"cost\":50000}],"
                + "\"signatures\":[{\"organisation\":\"Kommun " + i + " kommun\",\"name\":\"A\",\"date\":\"2016-08-30\"},"
                + "{\"organisation\":\"AF\",\"name\":\"B\",\"date\":\"2016-08-30\"},"
                + "{\"organisation\":\"LUL\",\"name\":\"C\",\"date\":\"2016-08-2" + (i % 10) + "\"}" + fourth + "]}";
    }
}

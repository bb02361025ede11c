package se.finsam.check.read.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.finsam.check.edition.Editions;
import se.finsam.check.read.InputError;

/**
 * Forms damaged the ways e-mailed exports are – lines lost, cut off, shuffled, cells merged – are read or refused
 * with an input error; the reader never fails otherwise. Mutations are seeded, so a failure repeats.
 */
class MutatedFormsTest {

    @Test
    void damagedFormsAreReadOrRefusedButNeverCrashTheReader() throws Exception {
        FormParser parser = new FormParser(FormLayout.builtIn(), Editions.builtIn());
        Random random = new Random(20261123);
        List<Path> forms;
        try (Stream<Path> s = Files.list(Path.of("testdata/forms"))) {
            forms = s.sorted().toList();
        }
        int read = 0;
        for (Path form : forms) {
            List<String> lines = Files.readAllLines(form);
            for (int i = 0; i < 40; i++) {
                String damaged = String.join("\n", mutate(lines, random));
                try {
                    parser.parse(TextForm.read(form + "#" + i, damaged)).toNode();
                    read++;
                } catch (InputError e) {
                    assertTrue(e.key().startsWith("form."), e.key());
                }
            }
        }
        assertTrue(read > forms.size() * 20, "most damaged forms are still read: " + read);
    }

    private static List<String> mutate(List<String> lines, Random random) {
        List<String> out = new ArrayList<>(lines);
        int kind = random.nextInt(5);
        int n = out.size();
        switch (kind) {
            case 0 -> out.subList(random.nextInt(n), n).clear();                        // cut off
            case 1 -> { for (int k = 0; k < n / 5; k++) { out.remove(random.nextInt(out.size())); } } // lines lost
            case 2 -> java.util.Collections.shuffle(out.subList(n / 2, n), random);     // pages out of order
            case 3 -> out.replaceAll(l -> l.replace('\t', ' '));                         // cells merged
            default -> out.replaceAll(l -> l.length() > 10 ? l.substring(0, random.nextInt(l.length())) : l);
        }
        return out;
    }
}

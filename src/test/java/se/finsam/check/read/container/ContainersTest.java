package se.finsam.check.read.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.finsam.check.read.container.MailFixtures.base64;
import static se.finsam.check.read.container.MailFixtures.entries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsam.check.CliTest;
import se.finsam.check.read.form.FormFiles;

/**
 * Forms as they arrive by mail: an Outlook message dragged out of Outlook (.msg), a message saved as .eml, a zip a
 * group sent with the year's documents. Each attachment or entry that is read is checked as its own document under
 * the container's name and its own; the rest is named with why; the pictures of a message's text are one line.
 */
class ContainersTest {

    private static final Path HEBY_PLAN = Path.of("testdata/forms/plan-2017-heby.txt");
    private static final Path KNIVSTA_REPORT = Path.of("testdata/forms/report-2017-knivsta.txt");

    @TempDir
    Path dir;

    /** One document of the JSON report: its source, status, and its findings' rules or its error's message. */
    private record Doc(String source, String status, String what) {
    }

    private static List<Doc> docs(String json) throws Exception {
        List<Doc> docs = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(json).get("documents")) {
            String what = d.has("error") ? d.get("error").get("message").asText() : rules(d);
            docs.add(new Doc(d.get("source").asText(), d.get("status").asText(), what));
        }
        return docs;
    }

    private static String rules(JsonNode doc) {
        List<String> rules = new ArrayList<>();
        doc.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "/" + f.get("severity").asText()));
        return String.join(" ", rules);
    }

    /** What the form gives checked as a file of its own: the findings a container's copy must give too. */
    private String alone(Path form) throws Exception {
        return docs(CliTest.run("check", "--format", "json", form.toString()).out()).get(0).what();
    }

    private byte[] word(Path text) throws Exception {
        return Files.readAllBytes(FormFiles.word(text, "plan", dir.resolve("word-" + text.getFileName() + ".docx")));
    }

    @Test
    void anEmlsAttachmentsAreCheckedEachUnderTheMessagesNameWithTheirSwedishNames() throws Exception {
        String html = "<p>Hej! Här kommer vår plan.</p><img src=\"cid:logo@heby\">";
        String eml = String.join("\r\n",
                "From: =?utf-8?Q?Samordnare_Heby?= <samordnare@heby.se>",
                "To: kansliet@finsam.se",
                "Subject: =?utf-8?B?" + java.util.Base64.getEncoder().encodeToString(
                        "Ansökan och årsrapport".getBytes(StandardCharsets.UTF_8)) + "?=",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"yttre\"",
                "",
                "--yttre",
                "Content-Type: multipart/related; boundary=\"inre\"",
                "",
                "--inre",
                "Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: base64",
                "",
                base64(html.getBytes(StandardCharsets.UTF_8)),
                "--inre",
                "Content-Type: image/png",
                "Content-ID: <logo@heby>",
                "Content-Transfer-Encoding: base64",
                "",
                base64(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                "--inre--",
                "--yttre",
                // Thunderbird: RFC 2231
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Content-Disposition: attachment; filename*=utf-8''Verksamhetsplan%20%C3%96ster%C3%A5ker.docx",
                "Content-Transfer-Encoding: base64",
                "",
                base64(word(HEBY_PLAN)),
                "--yttre",
                // Outlook: RFC 2047 inside the parameter
                "Content-Type: text/plain; name=\"=?utf-8?B?" + java.util.Base64.getEncoder().encodeToString(
                        "Årsrapport Knivsta.txt".getBytes(StandardCharsets.UTF_8)) + "?=\"",
                "Content-Disposition: attachment; filename=\"=?utf-8?B?" + java.util.Base64.getEncoder()
                        .encodeToString("Årsrapport Knivsta.txt".getBytes(StandardCharsets.UTF_8)) + "?=\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(Files.readAllBytes(KNIVSTA_REPORT)),
                "--yttre",
                "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Content-Disposition: attachment; filename=\"Budget 2018.xlsx\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64("PK".getBytes(StandardCharsets.US_ASCII)),
                "--yttre--",
                "");
        Path mail = Files.writeString(dir.resolve("Ansökan Heby.eml"), eml);
        CliTest.Run run = CliTest.run("check", "--format", "json", mail.toString());
        String m = mail.toString();
        assertEquals(List.of(
                new Doc(m, "checked", "container/info"),
                new Doc(m + " › Verksamhetsplan Österåker.docx", "checked",
                        alone(Files.write(dir.resolve("Verksamhetsplan.docx"), word(HEBY_PLAN)))),
                new Doc(m + " › Budget 2018.xlsx", "not-read", "är en Excel-arbetsbok, inte en blankett"),
                // a report whose plan is not in the run comes when the run has seen every plan
                new Doc(m + " › Årsrapport Knivsta.txt", "checked", alone(KNIVSTA_REPORT))),
                docs(run.out()));
        String text = CliTest.run("check", mail.toString()).out();
        assertEquals(true, text.contains("Meddelandets egen text och bilden i den (logotyper, signaturer) är inga"
                + " blanketter och har inte lästs; de bifogade filerna granskas var för sig nedan."), text);
    }

    @Test
    void anOutlookMessagesAttachmentsByTheirLongNamesAndAZipInItAreChecked() throws Exception {
        byte[] zip = MailFixtures.zip(entries("2017/Slutrapport Knivsta.txt", Files.readAllBytes(KNIVSTA_REPORT)));
        byte[] msg = MailFixtures.msg("Ansökan Heby",
                new MailFixtures.Attachment("image001.png", "image/png", "image001.png@01D9", new byte[] {1, 2}),
                new MailFixtures.Attachment("image002.jpg", "image/jpeg", "image002.jpg@01D9", new byte[] {1, 2}),
                new MailFixtures.Attachment("Verksamhetsplan Heby 2017.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, word(HEBY_PLAN)),
                new MailFixtures.Attachment("Årets dokument.zip", "application/zip", null, zip),
                new MailFixtures.Attachment("Foto av underskrift.jpg", "image/jpeg", null, new byte[] {1, 2}));
        Path mail = Files.write(dir.resolve("Ansökan Heby.msg"), msg);
        String m = mail.toString();
        assertEquals(List.of(
                new Doc(m, "checked", "container/info"),
                new Doc(m + " › Verksamhetsplan Heby 2017.docx", "checked",
                        alone(Files.write(dir.resolve("Verksamhetsplan.docx"), word(HEBY_PLAN)))),
                new Doc(m + " › Foto av underskrift.jpg", "not-read",
                        "är en bild, som finsam-check inte läser; be om blanketten som Word- eller PDF-fil (en inskannad PDF går bra)"),
                new Doc(m + " › Årets dokument.zip › 2017/Slutrapport Knivsta.txt", "checked", alone(KNIVSTA_REPORT))),
                docs(CliTest.run("check", "--format", "json", mail.toString()).out()));
        String text = CliTest.run("check", mail.toString()).out();
        assertEquals(true, text.contains("de 2 bilderna i den"), text);
    }

    @Test
    void aZipIsSearchedAsAFolderIsAndItsBombsAndDeepNestingAreRefused() throws Exception {
        byte[] deep = MailFixtures.zip(entries("inre.zip", MailFixtures.zip(entries("plan.txt", Files.readAllBytes(HEBY_PLAN)))));
        byte[] zip = MailFixtures.zip(entries(
                "Heby/Verksamhetsplan.txt", Files.readAllBytes(HEBY_PLAN),
                "__MACOSX/Heby/._Verksamhetsplan.txt", new byte[] {0, 5, 22, 7},
                "Heby/.DS_Store", new byte[] {0, 0, 0, 1},
                "Heby/bomb.txt", new byte[5_000_000],
                "Heby/gammalt.zip", deep,
                "Heby/Protokoll.rtf", "{\\rtf1 }".getBytes(StandardCharsets.US_ASCII)));
        Path archive = Files.write(dir.resolve("Heby 2017.zip"), zip);
        String a = archive.toString();
        assertEquals(List.of(
                new Doc(a + " › Heby/Verksamhetsplan.txt", "checked", alone(HEBY_PLAN)),
                new Doc(a + " › Heby/bomb.txt", "not-read",
                        "packas upp till långt mer än sin storlek i arkivet (en zip-bomb?) och läses inte"),
                new Doc(a + " › Heby/gammalt.zip › inre.zip", "not-read",
                        "ligger i ett arkiv eller meddelande som självt ligger i ett annat; packa upp det och granska"
                                + " filerna i det var för sig"),
                new Doc(a + " › Heby/Protokoll.rtf", "not-read",
                        "är en RTF-fil, som finsam-check inte läser; öppna den i Word och spara den som .docx")),
                docs(CliTest.run("check", "--format", "json", archive.toString()).out()));
    }

    @Test
    void aMessageWithoutAttachmentsAndADamagedZipAreOneLineEachAndTheRestIsChecked() throws Exception {
        // signed as an authority's mail program signs (S/MIME): the signature is no attachment
        Files.writeString(dir.resolve("Fråga.eml"), String.join("\r\n", "From: a@b.se", "Subject: Fråga",
                "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=s",
                "", "--s", "Content-Type: text/plain; charset=utf-8", "", "Hej, när ska planen in?", "--s",
                "Content-Type: application/pkcs7-signature; name=smime.p7s",
                "Content-Disposition: attachment; filename=smime.p7s", "Content-Transfer-Encoding: base64", "",
                base64(new byte[] {0x30, (byte) 0x82, 1, 2}), "--s--", ""));
        byte[] zip = MailFixtures.zip(entries("plan.txt", Files.readAllBytes(HEBY_PLAN)));
        Files.write(dir.resolve("trasig.zip"), Arrays.copyOf(zip, zip.length / 2));
        Files.write(dir.resolve("tom.zip"), MailFixtures.zip(entries()));
        byte[] msg = MailFixtures.msg("Plan", new MailFixtures.Attachment("plan.txt", "text/plain", null, new byte[] {1}));
        Files.write(dir.resolve("avklippt.msg"), Arrays.copyOf(msg, msg.length - 600));
        Files.write(dir.resolve("krypterad.zip"), encrypted(MailFixtures.zip(entries("plan.txt", Files.readAllBytes(HEBY_PLAN)))));
        Files.copy(HEBY_PLAN, dir.resolve("plan.txt"));
        CliTest.Run run = CliTest.run("check", "--format", "json", dir.toString());
        String d = dir.toString() + "/";
        assertEquals(List.of(
                new Doc(d + "Fråga.eml", "not-read", "är ett e-postmeddelande utan bifogade filer: ingen blankett att"
                        + " granska (meddelandets egen text läses inte)"),
                new Doc(d + "avklippt.msg", "not-read", "går inte att läsa som e-postmeddelande (filen är skadad eller"
                        + " av annat slag); spara meddelandet på nytt ur e-postprogrammet"),
                new Doc(d + "krypterad.zip › plan.txt", "not-read", "är krypterad (lösenordsskyddad) i zip-arkivet och"
                        + " kan inte läsas; be om arkivet utan lösenord"),
                new Doc(d + "plan.txt", "checked", alone(HEBY_PLAN)),
                new Doc(d + "tom.zip", "not-read", "är ett tomt zip-arkiv: inga filer att granska"),
                new Doc(d + "trasig.zip", "not-read", "går inte att läsa som zip-arkiv (filen är avklippt eller skadad)")),
                docs(run.out()));
        assertEquals(2, run.status(), run.err()); // files not read fail the run as in a folder
        assertEquals(5, run.err().lines().count(), run.err()); // one line each on stderr, no stack trace
    }

    /** The archive as a password tool leaves it: each entry's "encrypted" flag set (bit 0 of its flags). */
    private static byte[] encrypted(byte[] zip) {
        byte[] b = zip.clone();
        for (int i = 0; i + 8 < b.length; i++) {
            boolean local = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4;
            boolean central = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2;
            if (local || central) {
                b[i + (local ? 6 : 8)] |= 1;
            }
        }
        return b;
    }
}

package se.finsam.check.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import se.finsam.check.read.form.HostilePdfs;

/**
 * Writes the corpus of hostile and broken inputs into a folder, each file with the outcome it must have: either
 * refused with an input error (its message key, or any key when the parser decides which), or read and checked.
 * Generated at test time, seeded, so the corpus is the same on every run and nothing large is committed.
 */
final class HostileCorpus {

    /** One input and its outcome: errorKey (null: read and checked; "*": refused, whatever the key). */
    record Case(String file, String errorKey) {
    }

    private static final String PLAN = "kind: plan\nedition: 2017\narea: Heby\n";

    /** The worst text a document can hold, in a heading and in a quoted finding: markup, escapes, quotes, CDATA end. */
    static final String WORST = "kind: plan\nedition: 2017\narea: \"<b>Heby</b>\\u0007\\u001b[31m ]]> &amp; \\\"x\\\"\"\n"
            + "resources:\n  - resource: Samverkanskoordinator 100 %\n    period: '2017'\n"
            + "    resultGoal: \"<script>alert('x')</script>\\u001b[J\\u0000 ]]> \\\"quoted\\\" &lt;\"\n"
            + "    effects: x\n    cost: 600000\n";

    private final Path dir;
    private final List<Case> cases = new ArrayList<>();
    private final Random random = new Random(7);

    HostileCorpus(Path dir) {
        this.dir = dir;
    }

    List<Case> write() throws IOException {
        invalidYaml();
        invalidJson();
        truncatedJson();
        resourceExhaustion();
        emptyAndGarbage();
        encodings();
        badStructure();
        absurdValues();
        words();
        filesystem();
        globCharacters();
        notRead();
        yaml12();
        wordErrorsAndLongLines();
        legacyForms();
        pdfs();
        return cases;
    }

    private void add(String name, String text, String errorKey) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        cases.add(new Case(name, errorKey));
    }

    private void addBytes(String name, byte[] bytes, String errorKey) throws IOException {
        Files.write(dir.resolve(name), bytes);
        cases.add(new Case(name, errorKey));
    }

    private void invalidYaml() throws IOException {
        String[] broken = {"kind: plan\narea: \"unclosed\n", "kind: plan\n  area: x\n bad: y\n", "kind: [plan\n",
            "kind: {plan\n", "kind: plan\n\tarea: tab\n", "- a\nb: c\n", "kind: plan: again\n", "? [a\n",
            "kind: 'unclosed\n", "&a [*a]\n", "kind: !!binary x\n", "key: @reserved\n", "key: `backtick\n",
            "kind: plan\nedition: 2017\n---\nkind: report\n", "%YAML 9.9\n---\na: 1\n", "a: *undefined\n", "[1, 2\n",
            "a: b\n c\n", "\"\\x\": 1\n", "a:\n  - b\n - c\n", "!!map [1]\n", "{a: 1, a\n", "|\n bad\n  x\n",
            "a: >\n x\n-y\n", "a: 'x'y\n", "{: }\n", "- - - [\n", "a: [}]\n", "a: \"\\uZZZZ\"\n", "...\n..\n"};
        for (int i = 0; i < broken.length; i++) {
            add("invalid-yaml-" + i + ".yaml", broken[i], "*");
        }
    }

    private void invalidJson() throws IOException {
        String[] broken = {"{\"kind\": \"plan\",}", "{'kind': 'plan'}", "{\"kind\": \"plan\"", "{\"kind\" \"plan\"}",
            "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"x\ny\"}", "// comment\n{}", "{\"a\": [1,]}", "[1 2]",
            "{\"a\": tru}", "{\"a\": \"\\q\"}", "}", "{\"a\": 1} {\"b\": 2}", "{\"a\": .5}", "{\"a\": +1}",
            "{\"a\": \"\\ud800\"}", "{,}", "{\"a\"}", "[\"unclosed]", "{\"a\": 1e}", "{\"a\": -}", "{\"a\": [}",
            "\"just a string\"", "42", "null", "[]", "true", "{\"kind\": \"plan\", \"edition\": 2017} trailing",
            "{\"a\": 0x10}"};
        for (int i = 0; i < broken.length; i++) {
            add("invalid-json-" + i + ".json", broken[i], i == 13 ? "input.trailing" : "*");
        }
    }

    /** A valid plan cut off at 30 places. */
    private void truncatedJson() throws IOException {
        String plan = Files.readString(Path.of("testdata/examples/plan-2017-example.json"));
        for (int i = 1; i <= 30; i++) {
            add("truncated-" + i + ".json", plan.substring(0, plan.length() * i / 31), "*");
        }
    }

    private void resourceExhaustion() throws IOException {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                laughs.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            laughs.append("]\n");
        }
        // refused before anything is expanded: aliases beyond the limit, or the anchors' keys are no fields of a plan
        add("billion-laughs.yaml", PLAN + "answers:\n  " + laughs.toString().replace("\n", "\n  "), "*");
        add("deep-10000.json", "[".repeat(10_000) + "]".repeat(10_000), "input.tooLarge");
        add("deep-10000.yaml", "a: ".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "input.tooLarge");
        add("string-10mb.yaml", PLAN + "answers:\n  goals: \"" + "x".repeat(10_000_000) + "\"\n", "input.tooLarge");
        add("line-10mb.txt", "Verksamhetsplan 2017\n" + "Datum: ".repeat(1_500_000) + "\n", null);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge-200mb.yaml"))) {
            byte[] block = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200 * 1024; i++) {
                out.write(block);
            }
        }
        cases.add(new Case("huge-200mb.yaml", "input.tooLarge"));
        add("many-tr.txt", "Verksamhetsplan 2017\n" + "<tr>".repeat(200_000) + "\n", null);
    }

    private void emptyAndGarbage() throws IOException {
        for (String ext : List.of("yaml", "json", "yml")) {
            add("empty." + ext, "", "input.empty");
            add("blank." + ext, "  \n\n\t\n", "*");
        }
        add("empty.txt", "", "form.empty");
        addBytes("empty.docx", new byte[0], "form.docx");
        for (int i = 0; i < 12; i++) {
            byte[] garbage = new byte[1 + random.nextInt(5000)];
            random.nextBytes(garbage);
            String ext = List.of("yaml", "json", "txt", "docx").get(i % 4);
            addBytes("garbage-" + i + "." + ext, garbage, "*");
        }
        byte[] nuls = new byte[1000];
        addBytes("nul-bytes.yaml", nuls, "*");
        addBytes("nul-bytes.txt", nuls, "form.unknownKind");
        add("nul-in-value.yaml", PLAN + "answers:\n  gender: \"Ja\\0 nej\"\n", null);
        add("control-chars.yaml", WORST, null);
    }

    /** Text forms in the encodings e-mailed exports come in: each must read like its UTF-8 original. */
    private void encodings() throws IOException {
        for (String sample : List.of("plan-2017-heby", "report-2017-tierp")) {
            String text = Files.readString(Path.of("testdata/forms/" + sample + ".txt"));
            addBytes(sample + "-utf16le-bom.txt", withMark(new byte[] {(byte) 0xff, (byte) 0xfe}, text, StandardCharsets.UTF_16LE), null);
            addBytes(sample + "-utf16be-bom.txt", withMark(new byte[] {(byte) 0xfe, (byte) 0xff}, text, StandardCharsets.UTF_16BE), null);
            addBytes(sample + "-utf16le.txt", text.getBytes(StandardCharsets.UTF_16LE), null);
            addBytes(sample + "-utf8-bom.txt", withMark(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text, StandardCharsets.UTF_8), null);
            addBytes(sample + "-windows-1252.txt", text.replace("–", "-").getBytes(Charset.forName("windows-1252")), null);
        }
        addBytes("latin1.yaml", (PLAN + "answers:\n  gender: Ja, för män och kvinnor\n").getBytes(StandardCharsets.ISO_8859_1), "input.encoding");
    }

    private static byte[] withMark(byte[] mark, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private void badStructure() throws IOException {
        add("duplicate-top.yaml", PLAN + "area: Tierp\n", "input.duplicateKey");
        add("duplicate-answer.yaml", PLAN + "answers:\n  gender: a\n  gender: b\n", "input.duplicateKey");
        add("duplicate-resource.yaml", PLAN + "resources:\n  - {resource: x, resource: y}\n", "input.duplicateKey");
        add("duplicate.json", "{\"kind\": \"plan\", \"edition\": 2017, \"kind\": \"report\"}", "input.duplicateKey");
        add("duplicate-signature.yaml", PLAN + "signatures:\n  - {name: a, name: b}\n", "input.duplicateKey");
        String[] unknown = {"arae: Heby\n", "resources:\n  - {resurs: x}\n", "signatures:\n  - {nmae: x}\n",
            "owner: {org: x}\n", "partners:\n  - {organization: x}\n", "period: {begin: 2016-01-01}\n",
            "goals:\n  - {mål: x}\n", "vacancies:\n  - {roll: x}\n", "returns:\n  - {belopp: 1}\n",
            "budget:\n  - {titel: x}\n"};
        for (int i = 0; i < unknown.length; i++) {
            add("unknown-field-" + i + ".yaml", PLAN + unknown[i], "input.unknownField");
        }
        String[] wrongType = {"answers: [a, b]\n", "resources: {a: 1}\n", "signatures: x\n", "resources:\n  - x\n",
            "resources:\n  - {resource: x, percent: lots}\n", "received: [2016]\n", "owner: [x]\n",
            "signatures:\n  - {date: [1]}\n", "resources:\n  - {resource: x, post: maybe}\n", "period: 2016\n",
            "budget:\n  - {title: x, lines: {a: 1}}\n", "returns:\n  - {amount: [1]}\n", "vacancies:\n  - {percent: x}\n",
            "goals:\n  - {met: perhaps}\n", "partners: {a: b}\n"};
        for (int i = 0; i < wrongType.length; i++) {
            add("wrong-type-" + i + ".yaml", PLAN + wrongType[i], "input.type");
        }
        add("no-kind.yaml", "edition: 2017\n", "input.missingField");
        add("no-edition.yaml", "kind: plan\n", "input.missingField");
        String[] kinds = {"plan2", "PLANS", "rapport", "", "null"};
        for (int i = 0; i < kinds.length; i++) {
            add("wrong-kind-" + i + ".yaml", "kind: \"" + kinds[i] + "\"\nedition: 2017\n", i == 3 ? "*" : "input.unknownKind");
        }
        add("top-is-list.yaml", "- kind: plan\n", "input.type");
        add("top-is-scalar.yaml", "plan\n", "input.type");
        add("unknown-party.yaml", PLAN + "signatures:\n  - {party: kommunen, name: x, date: 2016-08-01}\n", "input.unknownParty");
        add("unknown-edition.yaml", "kind: plan\nedition: 1999\n", "input.unknownEdition");
        add("edition-99999.yaml", "kind: plan\nedition: 99999\n", "input.unknownEdition");
        add("bad-date.yaml", PLAN + "received: 2016-02-30\n", "input.date");
        add("bad-sum.yaml", "kind: application\nedition: 2017\nbudget:\n  - {title: x, lines: [{text: a, amount: 1, sum: total2}]}\n", "input.unknownSum");
    }

    /** Readable documents with values no form should hold: the rules report them. */
    private void absurdValues() throws IOException {
        String[] values = {"percent: -5", "percent: 1000000000000", "percent: 0", "cost: en miljon", "cost: -600000",
            "cost: 1e30", "percent: 1e308", "period: '99999'", "period: {from: 2017-12-31, to: 2017-01-01}",
            "extent: '50-40-30 %'"};
        for (int i = 0; i < values.length; i++) {
            add("absurd-" + i + ".yaml", PLAN + "resources:\n  - resource: Samverkanskoordinator\n    " + values[i] + "\n", null);
        }
        add("absurd-signature-year.yaml", PLAN + "signatures:\n  - {organisation: AF, name: x, dateAsWritten: 1/1-99999}\n", null);
        add("ten-thousand-signatures.yaml", PLAN + "signatures:\n" + "  - {organisation: AF, name: x, date: 2016-08-01}\n".repeat(10_000), null);
    }

    /** Word files that are broken or malicious. */
    private void words() throws IOException {
        byte[] docx = docx("<w:p><w:r><w:t>Verksamhetsplan 2017</w:t></w:r></w:p>");
        for (int i = 1; i <= 5; i++) {
            byte[] cut = new byte[docx.length * i / 6];
            System.arraycopy(docx, 0, cut, 0, cut.length);
            addBytes("truncated-" + i + ".docx", cut, "form.docx");
        }
        addBytes("valid-minimal.docx", docx, null);
        addBytes("xxe.docx", docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"), "form.docx");
        addBytes("zip-bomb.docx", zipBomb(), "form.docx");
        add("text-named.docx", "Verksamhetsplan 2017\n", "form.docx");
    }

    private static byte[] docx(String body) throws IOException {
        return docx(body, "");
    }

    private static byte[] docx(String body, String doctype) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A document part that inflates from a few hundred kilobytes to a gigabyte of spaces. */
    private static byte[] zipBomb() throws IOException {
        byte[] valid = docx("<w:p/>");
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 1024; i++) {
                        zip.write(spaces);
                    }
                    zip.write("<w:body/></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A symbolic link loop, a folder named like a document, a file nobody may read. */
    private void filesystem() throws IOException {
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(loop.resolve("inside.yaml"), PLAN);
        cases.add(new Case("loop/inside.yaml", null));
        Files.createSymbolicLink(loop.resolve("again"), loop);
        cases.add(new Case("loop/again", "input.symlink")); // named, not followed
        Files.createDirectories(dir.resolve("x.yaml"));
        cases.add(new Case("x.yaml", "input.emptyFolder")); // a folder with a document's name is searched, and named when empty
        Path locked = dir.resolve("locked.yaml");
        Files.writeString(locked, PLAN);
        locked.toFile().setReadable(false, false);
        // root reads every file: then the locked file is simply checked
        cases.add(new Case("locked.yaml", Files.isReadable(locked) ? null : "input.permission"));
    }

    /** A document whose name holds every glob character: read and checked like any other. */
    private void globCharacters() throws IOException {
        add("glob-[!a-z]*?\\{x,y}.yaml", PLAN, null);
    }

    /**
     * Files of types that are not read – by name or by content under a form's name – and files that are not
     * regular: each is named with why, never skipped.
     */
    private void notRead() throws IOException {
        add("scan.pdf", "%PDF-1.4\n%âãÏÓ\n", "form.pdf"); // a PDF is read: this one is only its header
        addBytes("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}, "form.doc");
        add("form.odt", "PK", "form.odt");
        add("letter.rtf", "{\\rtf1\\ansi x}", "input.type.rtf");
        add("picture.png", "\u0089PNG", "input.type.image");
        add("pdf-renamed.docx", "%PDF-1.7\n", "form.pdf"); // read as the PDF it is
        addBytes("doc-renamed.txt", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}, "input.type.office");
        add("rtf-renamed.txt", "{\\rtf1 x}", "input.type.rtf");
        add("notes.md", "# Anteckningar\n\nInget formulär här.\n", "form.unknownKind");
        Path plan = Files.writeString(dir.resolve("linked-target.yaml"), PLAN);
        cases.add(new Case("linked-target.yaml", null));
        Files.createSymbolicLink(dir.resolve("link.yaml"), plan);
        cases.add(new Case("link.yaml", "input.symlink"));
        try {
            if (new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start().waitFor() == 0) {
                cases.add(new Case("pipe.yaml", "input.notRegular"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** YAML 1.2 core schema: what YAML 1.1 read as another value is text, refused, or read as 1.2 says. */
    private void yaml12() throws IOException {
        add("yaml12-area-no.yaml", "kind: plan\nedition: 2017\narea: no\n", null);
        add("yaml12-gender-off.yaml", PLAN + "answers:\n  gender: off\n", null);
        add("yaml12-edition-hex.yaml", "kind: plan\nedition: 0x7E1\n", "input.number.radix");
        add("yaml12-edition-octal.yaml", "kind: plan\nedition: 0o3741\n", "input.number.radix");
        add("yaml12-edition-underscore.yaml", "kind: plan\nedition: 2_017\n", "input.type");
        add("yaml12-edition-leading-zero.yaml", "kind: plan\nedition: 03741\n", "input.unknownEdition");
        add("yaml12-edition-wraps.yaml", "kind: plan\nedition: 4294969313\n", "input.type");
        add("yaml12-post-yes.yaml", PLAN + "resources:\n  - {resource: x, post: yes}\n", "input.type");
        add("yaml12-percent-nan.yaml", PLAN + "resources:\n  - {resource: x, percent: .nan}\n", "input.type");
        add("yaml12-received-year-99999.yaml", PLAN + "received: +99999-01-01\n", "input.date");
        add("yaml12-received-year-99999.json", "{\"kind\": \"plan\", \"edition\": 2017, \"received\": \"+99999-01-01\"}", "input.date");
        add("yaml12-alias.yaml", PLAN + "initiative: *a\n", "input.syntax.alias");
        add("yaml12-tag.yaml", PLAN + "received: !!timestamp 2016-09-26\n", "input.syntax.tag");
    }

    /**
     * Word files each of which has its own line saying why it cannot be read (WordFileErrorsTest checks the words),
     * and one-line text forms that once cost time growing with the square of the line.
     */
    private void wordErrorsAndLongLines() throws IOException {
        byte[] valid = docx("<w:p><w:r><w:t>Verksamhetsplan 2017</w:t></w:r></w:p>");
        var odd = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odd); ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entry(zip, e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            entry(zip, "word/a b.xml", "an entry POI skips, and used to log with a stack trace");
        }
        addBytes("word-odd-entry.docx", odd.toByteArray(), null);
        byte[] ole2 = new byte[2048];
        random.nextBytes(ole2);
        System.arraycopy(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1}, 0, ole2, 0, 8);
        addBytes("word-ole2-header.docx", ole2, "form.docx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            var doc = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(doc);
            addBytes("word-97.doc.docx", doc.toByteArray(), "form.doc"); // read as the .doc it is: damaged
        }
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(valid);
            }
            var encrypted = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(encrypted);
            addBytes("word-encrypted.docx", encrypted.toByteArray(), "form.docx");
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        var noDocument = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(noDocument)) {
            entry(zip, "word/other.xml", "<a/>");
        }
        addBytes("word-no-document.docx", noDocument.toByteArray(), "form.docx");
        addBytes("word-broken-xml.docx", docx("<w:p><w:r><w:t>Verksamhetsplan 2017</w:t></w:r>"), "form.docx");
        byte[] zipGarbage = new byte[3000];
        random.nextBytes(zipGarbage);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipGarbage, 0, 4);
        addBytes("word-random-zip.docx", zipGarbage, "form.docx");
        String plan = "Verksamhetsplan 2017\n";
        add("line-td-unclosed.txt", plan + "</tr><tr>" + "<td>".repeat(250_000) + "\n", null);
        add("line-bookmarks.txt", plan + "[bookmark:".repeat(100_000) + "\n", null);
        add("line-colons.txt", plan + "\n".repeat(30) + "Datum" + ":".repeat(1_000_000) + "x\n", null);
        // a late signature without a name once stopped the whole run with an internal error: now it is checked
        add("late-signature-no-name.yaml", PLAN + "signatures:\n  - {organisation: Heby kommun, date: 2016-09-26}\n", null);
        add("form-date-only-signature.txt", "Verksamhetsplan 2017\n\nDatum: 1/2\n", null);
        add("line-word-and-address.txt", "Slutrapport 2017\nInsatsägare/Samverkansparter\n" + "x".repeat(1_000_000) + " a@b.se\n", null);
    }
    private static final String ODF_NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    /**
     * Word 97–2003 and OpenDocument forms, broken or hostile, each one line (form.doc, form.odt): a cut-off or
     * random .doc, a cut-off .odt, broken XML, a DOCTYPE with an external entity and one with nested entities, a zip
     * bomb, 10 000-deep nesting, a million repeated cells; and a .docm with macros, read and never run.
     */
    private void legacyForms() throws IOException {
        byte[] doc;
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/doc/samples.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            zip.getNextEntry();
            doc = zip.readAllBytes();
        }
        addBytes("legacy-valid.doc", doc, null);
        for (int i = 1; i <= 3; i++) {
            addBytes("legacy-truncated-" + i + ".doc", java.util.Arrays.copyOf(doc, doc.length * i / 4), "form.doc");
        }
        byte[] scrambled = doc.clone();
        for (int i = 512; i < scrambled.length; i += 7) {
            scrambled[i] = (byte) random.nextInt();
        }
        addBytes("legacy-scrambled.doc", scrambled, "form.doc");
        add("legacy-text.doc", "Verksamhetsplan 2017\n", "form.doc");
        String plan = "<text:p>Verksamhetsplan 2017</text:p><text:p>LOKUS-grupp område: Heby</text:p>";
        byte[] odt = odt(odfContent("", plan));
        addBytes("legacy-valid.odt", odt, null);
        addBytes("legacy-truncated.odt", java.util.Arrays.copyOf(odt, odt.length / 2), "form.odt");
        addBytes("legacy-broken-xml.odt", odt(odfContent("", "<text:p>Verksamhetsplan 2017")), "form.odt");
        addBytes("legacy-xxe.odt", odt(odfContent("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "<text:p>&xxe;</text:p>")), "form.odt");
        addBytes("legacy-entities.odt", odt(odfContent("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>", "<text:p>&d;&d;&d;</text:p>")), "form.odt");
        addBytes("legacy-deep.odt", odt(odfContent("", "<text:p>".repeat(10_000) + "</text:p>".repeat(10_000))), "form.odt");
        String row = "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell table:number-columns-repeated=\"1000\">"
                + "<text:p>x</text:p></table:table-cell></table:table-row>";
        addBytes("legacy-cells.odt", odt(odfContent("", "<table:table>" + row.repeat(1000) + "</table:table>")), "form.odt");
        var bomb = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            String start = odfContent("", "<text:p>");
            zip.write(start.substring(0, start.indexOf("</office:text>")).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 512; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        addBytes("legacy-zip-bomb.odt", bomb.toByteArray(), "form.odt");
        byte[] docx = docx("<w:p><w:r><w:t>Verksamhetsplan 2017</w:t></w:r></w:p>");
        var docm = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docm); ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entry(zip, e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(
                        "officedocument.wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")
                        .replace("<Default Extension=\"xml\"", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default Extension=\"xml\""));
            }
            entry(zip, "word/vbaProject.bin", "Sub AutoOpen()\nShell \"calc\"\nEnd Sub");
        }
        addBytes("legacy-macros.docm", docm.toByteArray(), null);
    }

    private static String odfContent(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<office:document-content " + ODF_NAMESPACES
                + "><office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
    }

    private static byte[] odt(String content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(zip, "content.xml", content);
        }
        return bytes.toByteArray();
    }

    /**
     * PDFs that cannot be read (encrypted, 5 000 pages, cut off, broken, a huge image) are one line each; one with
     * an owner password only or with JavaScript is read (never run), as text that is no form.
     */
    private void pdfs() throws IOException {
        addBytes("pdf-encrypted.pdf", HostilePdfs.encrypted(), "form.pdf");
        addBytes("pdf-5000-pages.pdf", HostilePdfs.pages(5000), "form.pdf");
        addBytes("pdf-truncated.pdf", HostilePdfs.truncated(), "form.pdf");
        addBytes("pdf-broken.pdf", HostilePdfs.broken(), "form.pdf");
        addBytes("pdf-huge-image.pdf", HostilePdfs.hugeImage(), "form.pdf");
        // without tesseract: a scan without text; with it: a blank scan has no text either
        addBytes("pdf-image-only.pdf", HostilePdfs.imageOnly(), "form.pdf");
        addBytes("pdf-javascript.pdf", HostilePdfs.javaScript(), "form.unknownKind");
        addBytes("pdf-owner-password.pdf", HostilePdfs.ownerPasswordOnly(), "form.unknownKind");
        addBytes("pdf-renamed.txt", HostilePdfs.javaScript(), "form.unknownKind");
    }
}

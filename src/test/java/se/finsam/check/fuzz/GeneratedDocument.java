package se.finsam.check.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.finsam.check.edition.Editions;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Severity;
import se.finsam.check.model.Position;
import se.finsam.check.waivers.Waivers;

/**
 * A document of the structured format's shape (README, "The structured format"), built from a fuzzer's choices:
 * every field present, absent, null, empty, huge, of the wrong type or oddly written; lists empty or long; dates,
 * amounts and percentages in and out of range; kinds and editions valid or not. Written as YAML or JSON text, so
 * that the readers are part of what is tested. When the fuzzer's bytes run out every choice takes its first option
 * (a plain, valid value, or an absent field, or an empty list), so generation always ends.
 */
final class GeneratedDocument {

    /** A scalar written into YAML as it stands ({@code yes}, {@code ~}, {@code .nan}, an unquoted date); a string in JSON. */
    record Plain(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final String AGREEMENT = Editions.builtIn().get(2017).orElseThrow().getAgreement();

    private static final String[] KINDS = {"plan", "report", "application", "quarterly"};
    private static final String[] ODD_KINDS = {"Plan", " plan ", "PLAN", "rapport", "", "plan\n", "quarterly-report"};
    private static final String[] PARTIES = {"kommun", "arbetsformedlingen", "forsakringskassan", "region"};
    private static final String[] ODD_PARTIES = {"Kommun", " region ", "landstinget", "", "af", "kommun\n"};
    private static final String[] ORGANISATIONS = {"Heby kommun", "Arbetsförmedlingen", "Försäkringskassan", "LUL",
        "Älvkarleby kommun", "AF", "FK", "Region Uppsala", "Landstinget i Uppsala län", "Arbetsförmedlingen Norra Uppland",
        "Socialförvaltningen", "kommun", "AF FK LUL", "Föräbrygskavan", "Okänd förening", "region region", "AMI",
        "Heby kommun, Åsa Johansson", "LUH/LUL", "Försäkringskassan och AF"};
    private static final String[] NAMES = {"Åsa Johansson", "Agneta Eklund", "Bert-Ola", "Wictoria Palmetorp",
        "Jenny Johnsson/Åsa Johansson", "O'Brien", "Anna-Karin Öberg-Åström", "X", "José María García-López", "李小龍",
        "Eva & Co <b>", "{0} {1}", "'quoted'", "Eva\nLund", "—", "Åsa Johansson, Heby kommun", "agneta eklund"};
    private static final String[] AREAS = {"Heby", "Älvkarleby", "Östhammar", "Tierp", "Uppsala", "Enköping", "Knivsta"};
    private static final String[] ODD_TEXTS = {"–", "-", "...", "—", "_", "*", "null", "~", "{0}", "{1,number}", "'",
        "''", "\"", "\\", "%s%n", "<script>alert(1)</script>", "]]>", "&amp;", "::error::x", "%0A", "\u202Eevil",
        "\u0000", "\u0007bell", "\u001b[31mred", "\r\n", "\t", "\u00a0", "\ufeff", "😀👍🏽", "\ud83d", "a\u0301",
        "x".repeat(81), "Ja\u0000", "line one\nline two\n\nline four", "   ", "\u2028\u2029", "# not a comment",
        "key: value", "- item", "!!str", "&anchor", "*alias", "@", "`", "|", ">"};
    private static final String[] ANSWERS = {"Ja", "Nej", "ja.", "Nej!", "JA", "nej nej", "Yes", "Ja, eftersom kvinnor och män har olika behov.",
        "Inte i dagsläget. Utifrån de data som framkommer kommer vi att se över det.", "Vi prioriterar unga vuxna.",
        "Ja – se bilaga", "Nej.", "ja ja", "Ja Nej", "?"};
    private static final String[] RESOURCES = {"Samverkanskoordinator 100%", "Tilläggsresurs 50+40%", "Övriga kostnader",
        "Ledning ingår i kommunens åtagande", "Argument för detta: behovet är stort", "Arbetscoach 75 procent",
        "Koordinator 50-75 %", "Omkostnader", "Handläggare 0%", "Resurs 999%", "Tjänst -50%", "Projektledare 1e3%",
        "Coach 50,5 %", "Stödperson 1000000000000000000000%", "Lokal", "Kompetensutveckling", "Samordnare", "Medarbetare 12.5%",
        "Tjänst 50 %+ 40 %", "Resor 100 procent", "Personal 0,0001 %", "Samverkanskoordinator 100%100%100%"};
    private static final String[] EXTENTS = {"100%", "50+40%", "90 procent", "50-75 %", "0 %", "-10%", "999%", "1,5%",
        "50 + 40 + 10 %", "100", "heltid", "%", "1000%", "1001 %", "50–75 procent", "99999999999999999999999%",
        "0,5+0,5%", "100 PROCENT", "12.345.678%"};
    private static final String[] PERIOD_TEXTS = {"2017", "170101 - 181231", "2017-01-01–2017-12-31", "20170101-20181231",
        "2017-13-01–2017-12-31", "999999-999999", "2017-02-30 - 2017-03-01", "hela året", "2017 2018 2019",
        "0000-01-01–9999-12-31", "2017-12-31–2017-01-01", "171231-170101", "2016", "2018", "0000", "9999",
        "2017-1-1 – 2017-6-30", "20170229-20170301", "000000-999999", "2017-01-01", "1 jan - 31 dec", "20171345-20171231",
        "2017-99-99–2017-01-01"};
    private static final String[] RESULT_GOALS = {"25 personer ska ha fått arbete", "Uppfylld verksamhetsplan",
        "Besöka och informera om SKs funktion hos parterna.", "senast 2017-06-30", "100 %", "Öka", "50 deltagare",
        "hälften av deltagarna", "minst tio ärenden per månad", "2017"};
    private static final String[] COST_TEXTS = {"600 tkr per år", "300 000", "-5 kr", "1 000 000 000 000 000 000 000 kr",
        "tkr", "12,5 mkr", "600000:-", "99999999999999999999 mkr", "0", "ingen", "300 000,50 kr", "1.5 tusen", "- 600 000",
        "9223372036854775807", "9223372036854775808 kkr", "600 000 sek", "12,", ",5 tkr"};
    private static final String[] WRITTEN_DATES = {"22/9-16", "160923", "23/8 2016", "2016- 09-07", "1/9-16",
        "Uppsala den 30 januari 2018", "2017/12/19", "Sala 31/1-18", "26/8", "31/2-16", "99/99-99", "0/0", "30 februari 2017",
        "den 1 maj", "2016-09-26", "20160926", "1/1-00", "31/12-99", "29/2-17", "29/2-16", "12/13-16", "Heby", "9999/99/99",
        "Uppsala den 32 januari 2018", "2016-09-31", "3/9", "1 september", "1/9 1", "1/9-2016", "000000", "999999"};
    private static final String[] BUDGET_SUMS = {"subtotal", "total", "grandTotal", "unnamed"};
    private static final String[] YAML_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "~", "null", ".nan",
        ".inf", "-.inf", "0x1F", "0o17", "1_000", "1e400", "-0", "+1", "12:30", "2016-09-01", "2016-09-01T10:00:00Z",
        "!!binary aGVsbG8=", "!!str 2017", "!!int \"2017\"", "!!float 1", "0.", ".5", "1e-400", "010"};

    private final FuzzedDataProvider data;
    /**
     * Whether this document may hold what makes a file unreadable (a wrong type, an unknown key, party or kind, a
     * date that is not YYYY-MM-DD, a value beyond the reader's limits). One document in four may: most documents
     * must be read to reach the rules and the formats.
     */
    private boolean loose;
    /** Characters of huge values left for a readable document (the reader takes 1 000 000 in one YAML document). */
    private int hugeLeft = 400_000;

    GeneratedDocument(FuzzedDataProvider data) {
        this.data = data;
    }

    /** Whether the document made last may be one that cannot be read; when not, it must be read. */
    boolean loose() {
        return loose;
    }

    // ---- choices -------------------------------------------------------------------------------------------------

    /** An option by weight; the first when the bytes run out. */
    private int pick(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int n = data.consumeInt(0, total - 1);
        for (int i = 0; i < weights.length; i++) {
            n -= weights[i];
            if (n < 0) {
                return i;
            }
        }
        return 0;
    }

    private <T> T one(T[] values) {
        return values[data.consumeInt(0, values.length - 1)];
    }

    /** True once in `in` draws, and only in a loose document. */
    private boolean invalid(int in) {
        return loose && pick(in - 1, 1) == 1;
    }

    /** A list's length: mostly short, sometimes long. */
    private int length(int shortMax, int longMax) {
        return pick(6, 1) == 0 ? data.consumeInt(0, shortMax) : data.consumeInt(0, longMax);
    }

    /** A field that is present (with a valid value, null, or another of the values gen gives) or absent. */
    private void field(Map<String, Object> map, String key, int absentWeight, Supplier<Object> gen) {
        if (pick(4, absentWeight) == 0) {
            map.put(key, pick(20, 1) == 1 ? null : invalid(30) ? wrongType() : gen.get());
        }
    }

    /** Text as a form has it: mostly from the pool, sometimes empty, blank, huge, odd, random, a number. */
    private Object text(String[] pool) {
        return switch (pick(20, 2, 1, 1, 1, 2, 2, 2, 1)) {
            case 0 -> one(pool);
            case 1 -> one(pool) + one(ODD_TEXTS) + one(pool);
            case 2 -> "";
            case 3 -> blank();
            case 4 -> huge();
            case 5 -> odd();
            case 6 -> random(40);
            case 7 -> one(pool) + " " + random(20);
            default -> pick(1, 1) == 0 ? data.consumeLong() : data.consumeBoolean(); // a scalar, read as its text
        };
    }

    private String blank() {
        return one(new String[] {" ", "-", "–", "—", ".", "...", "\n", "\t", " - ", "_", "*", ",", "-–—.,_*"});
    }

    private String odd() {
        return readable(one(ODD_TEXTS));
    }

    private String random(int max) {
        return readable(data.consumeString(data.consumeInt(0, max)));
    }

    /** In a document meant to be read, no unpaired surrogate (YAML cannot carry one). */
    private String readable(String s) {
        if (loose) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            b.append(Character.isSurrogate(c) && !paired ? '\ufffd' : c);
        }
        return b.toString();
    }

    /** A long value; in a loose document now and then beyond the reader's limit of 1 000 000 characters. */
    private String huge() {
        int n = switch (pick(6, 3, 1, loose ? 1 : 0)) {
            case 0 -> data.consumeInt(100, 2_000);
            case 1 -> data.consumeInt(2_000, 50_000);
            case 2 -> data.consumeInt(50_000, 300_000);
            default -> 1_000_001;
        };
        if (!loose) {
            n = Math.min(n, hugeLeft);
            hugeLeft -= n;
        }
        String unit = one(new String[] {"a", "ab ", "100% ", "1", "12345 ", "50+", "2017-01-01 ", "Ja ", "ö", "-", "1/9-16 ",
            "😀", "%", " ", "kommun ", "9", "1 000 ", "-1", "1,", "50 % + "});
        return unit.repeat(Math.max(1, n / unit.length()));
    }

    /** What a field of another type holds: the file is refused (only in a loose document). */
    private Object wrongType() {
        return switch (pick(1, 1, 1, 1, 1, 1)) {
            case 0 -> data.consumeLong(-1_000_000, 1_000_000);
            case 1 -> data.consumeBoolean();
            case 2 -> new ArrayList<>(List.of("a", 1));
            case 3 -> new LinkedHashMap<>(Map.of("x", "y"));
            case 4 -> random(20);
            default -> new Plain(one(YAML_WORDS));
        };
    }

    // ---- the document --------------------------------------------------------------------------------------------

    /** The top of a document: nearly always a map, now and then (loose) something else. */
    Object document() {
        loose = pick(3, 1) == 1;
        if (invalid(20)) {
            return one(new Object[] {new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("kind", "plan")))), "plan",
                new LinkedHashMap<>(), 2017, null});
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        String kind = KINDS[data.consumeInt(0, KINDS.length - 1)];
        doc.put("kind", invalid(8) ? one(new Object[] {one(ODD_KINDS), null, wrongType()}) : kind);
        if (invalid(8)) {
            doc.put("edition", one(new Object[] {2016, 2018, 0, -1, 2017.5, 1e10, "2017", new Plain("!!int \"2017\""), Long.MAX_VALUE, Integer.MIN_VALUE,
                4294969313L, new Plain("0x7E1"), new Plain("2_017"), 99999, data.consumeInt(), null, wrongType()}));
        } else {
            doc.put("edition", one(new Object[] {2017, 2017, 2017, new Plain("2017")})); // 2017.0 is no integer in YAML 1.2
        }
        if (invalid(10)) {
            doc.remove(pick(1, 1) == 0 ? "kind" : "edition");
        }
        boolean plan = kind.equals("plan") || kind.equals("quarterly");
        field(doc, plan ? "area" : "initiative", 1, () -> text(AREAS));
        if (pick(6, 1) == 1) {
            field(doc, plan ? "initiative" : "area", 0, () -> text(AREAS));
        }
        field(doc, "received", 2, this::date);
        field(doc, "answers", 1, () -> answers(kind));
        field(doc, "resources", 1, () -> list(this::resource, 6, 300));
        field(doc, "signatures", 1, () -> list(this::signature, 6, 100));
        if (!plan || pick(4, 1) == 1) {
            field(doc, "owner", 1, this::partner);
            field(doc, "partners", 1, () -> list(this::partner, 5, 50));
            field(doc, "period", 1, this::insatstid);
            field(doc, "goals", 1, () -> list(this::goal, 4, 50));
            field(doc, "vacancies", 1, () -> list(this::vacancy, 3, 50));
            field(doc, "returns", 1, () -> list(this::fundsReturn, 3, 50));
        }
        if (kind.equals("application") || pick(6, 1) == 1) {
            field(doc, "budget", 1, () -> list(this::budgetTable, 3, 20));
            field(doc, "agreement", 1, this::agreement);
        }
        if (invalid(10)) {
            doc.put(one(new String[] {"unknown", "Kind", "signature", "resource"}), "x"); // an unknown key
        }
        return doc;
    }

    private List<Object> list(Supplier<Object> item, int shortMax, int longMax) {
        int n = length(shortMax, longMax);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(invalid(40) ? one(new Object[] {null, "x", 1, new ArrayList<>()}) : item.get());
        }
        return items;
    }

    /** An ISO date, often near the deadline, sometimes at the ends of the calendar; loose, anything. */
    private Object date() {
        if (invalid(5)) {
            return switch (pick(3, 1, 2, 1)) {
                case 0 -> one(new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-12-31",
                    "2017-02-29", "2016-13-01", "2016-00-10", "2016-9-1", "16-09-01", "2016/09/01",
                    "20160901", "yesterday", "2016-09-01T00:00", "１２３４-05-06", "", " ", "2016-09-31"});
                case 1 -> data.consumeInt(0, 99_999_999);
                case 2 -> one(WRITTEN_DATES);
                default -> new Plain(one(YAML_WORDS));
            };
        }
        return switch (pick(6, 3, 2, 2)) {
            case 0 -> one(new String[] {"2016-09-26", "2016-09-01", "2016-08-31", "2016-09-02", "2016-08-30", "2017-01-01",
                "2017-12-31", "2018-01-30"});
            case 1 -> new Plain(LocalDate.of(2016, 1, 1).plusDays(data.consumeInt(0, 1_100)).toString());
            case 2 -> one(new String[] {"0000-01-01", "9999-12-31", "2016-02-29", "0001-01-01", " 2016-09-01 "});
            // the years YAML 1.2's dates can hold: four digits
            default -> LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())).toString();
        };
    }

    private Object percent() {
        if (invalid(10)) {
            return one(new Object[] {new Plain(".nan"), new Plain(".inf"), "50", "50 %", "", new Plain("0x64")});
        }
        return switch (pick(6, 4, 1, 1)) {
            case 0 -> one(new Object[] {100, 50, 75, 40, 90, 25, 10});
            case 1 -> one(new Object[] {0, -1, -100, 999, 1000, 1001, 0.001, 1e308, -1e308, Double.MIN_VALUE, 50.5, -0.0,
                Long.MAX_VALUE, Long.MIN_VALUE, 1e19, 100.0000001, 999.999, 1000.0000001});
            case 2 -> new Plain(one(new String[] {"1.0e+400", "-1.0e+400", "99999999999999999999999999", "-0", "1.0e-400"}));
            default -> data.consumeRegularDouble(-1e6, 1e6);
        };
    }

    /** Money: a number, or a text such as "600 tkr per år". */
    private Object amount() {
        return switch (pick(5, 3, 3, 1, 1)) {
            case 0 -> one(new Object[] {600_000, 300_000, 450_000, 150_000, 0});
            case 1 -> one(new Object[] {-600_000, 1e19, -1e19, Long.MAX_VALUE, Long.MIN_VALUE, 300_000.5, 1e308, 0.4, 0.5,
                -0.5, 9.223372036854776E18, 1, new Plain("99999999999999999999999999")});
            case 2 -> one(COST_TEXTS);
            case 3 -> text(COST_TEXTS);
            default -> data.consumeLong();
        };
    }

    private Object bool() {
        return invalid(10) ? one(new Object[] {"yes", "true", 1, 0, "ja"}) : data.consumeBoolean();
    }

    private Object party() {
        return invalid(5) ? one(ODD_PARTIES) : one(PARTIES);
    }

    private Object answers(String kind) {
        String[] keys = switch (kind) {
            case "plan" -> new String[] {"goals", "targetGroups", "gender", "structuralAreas", "competenceEfforts"};
            case "report" -> new String[] {"purpose", "background", "needChanged", "gender", "targetGroup", "method",
                "followUp", "implementation", "budgetOutcome", "lessons", "returnReasons", "returnConsequences"};
            default -> new String[] {"purpose", "background", "targetGroup", "method", "followUp", "implementation", "gender"};
        };
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : keys) {
            field(answers, key, 2, () -> text(ANSWERS));
        }
        int odd = pick(4, 1) == 0 ? 0 : data.consumeInt(1, 30);
        for (int i = 0; i < odd; i++) {
            String key = switch (pick(3, 1, 1, 1)) {
                case 0 -> one(new String[] {"", " ", "a/b", "~", "~1", "/", "gender ", "Gender", "ä", "0", "-", "{0}", "a.b",
                    "x".repeat(1_000), "\u0000", "\n", "\"", "key: value", "# hash", "😀", "<b>", "goals"});
                case 1 -> random(20);
                case 2 -> "q" + i;
                default -> one(keys);
            };
            answers.put(key, text(ANSWERS));
        }
        return answers;
    }

    private Object resource() {
        Map<String, Object> r = new LinkedHashMap<>();
        field(r, "resource", 1, () -> text(RESOURCES));
        field(r, "percent", 2, this::percent);
        field(r, "extent", 3, () -> text(EXTENTS));
        field(r, "period", 2, this::resourcePeriod);
        field(r, "resultGoal", 2, () -> text(RESULT_GOALS));
        field(r, "effects", 2, () -> text(RESULT_GOALS));
        field(r, "cost", 2, this::amount);
        field(r, "post", 4, this::bool);
        return r;
    }

    private Object resourcePeriod() {
        return switch (pick(3, 3, 2, 1)) {
            case 0 -> one(new Object[] {2017, 2016, 2018, 0, -1, 99_999, Integer.MAX_VALUE, 2017.5, Long.MAX_VALUE});
            case 1 -> one(PERIOD_TEXTS);
            case 2 -> {
                Map<String, Object> p = new LinkedHashMap<>();
                field(p, "from", 1, this::date);
                field(p, "to", 1, this::date);
                yield p;
            }
            default -> text(PERIOD_TEXTS);
        };
    }

    private Object signature() {
        Map<String, Object> s = new LinkedHashMap<>();
        field(s, "party", 3, this::party);
        field(s, "organisation", 1, () -> text(ORGANISATIONS));
        field(s, "name", 2, () -> text(NAMES));
        field(s, "date", 2, this::date);
        field(s, "dateAsWritten", 3, () -> pick(4, 1) == 0 ? one(WRITTEN_DATES) : text(WRITTEN_DATES));
        field(s, "signed", 4, this::bool);
        // a role the format does not know is refused, so only a loose document has one
        field(s, "role", 4, () -> invalid(3) ? one(new String[] {"Owner", "ägare", ""}) : one(new String[] {"owner", "partner"}));
        field(s, "signatureVisible", 4, this::bool);
        return s;
    }

    private Object partner() {
        Map<String, Object> p = new LinkedHashMap<>();
        field(p, "organisation", 1, () -> text(ORGANISATIONS));
        field(p, "party", 3, this::party);
        field(p, "contact", 2, () -> text(NAMES));
        return p;
    }

    private Object insatstid() {
        Map<String, Object> p = new LinkedHashMap<>();
        boolean synonyms = pick(3, 1) == 1;
        field(p, synonyms ? "from" : "start", 1, this::date);
        field(p, synonyms ? "to" : "end", 1, this::date);
        field(p, "lastIntake", 2, this::date);
        if (pick(8, 1) == 1) {
            field(p, synonyms ? "start" : "from", 0, this::date); // both names of one end
        }
        return p;
    }

    private Object goal() {
        Map<String, Object> g = new LinkedHashMap<>();
        field(g, "goal", 1, () -> text(RESULT_GOALS));
        field(g, "outcome", 2, () -> text(RESULT_GOALS));
        field(g, "met", 2, this::bool);
        field(g, "reason", 3, () -> text(ANSWERS));
        return g;
    }

    private Object vacancy() {
        Map<String, Object> v = new LinkedHashMap<>();
        field(v, "role", 1, () -> text(RESOURCES));
        field(v, "percent", 2, this::percent);
        field(v, "statement", 1, () -> text(new String[] {"På grund av sjukskrivning har vi saknat 40% tjänst.",
            "Tjänsten har inte tillsatts.", "Vakant hela året"}));
        return v;
    }

    private Object fundsReturn() {
        Map<String, Object> r = new LinkedHashMap<>();
        field(r, "amount", 1, this::amount);
        field(r, "statement", 1, () -> text(new String[] {"Vid LOKUS-möte 170929 beslutades att återföra 150 000 kr.",
            "Inga medel återförs.", "Återförs"}));
        return r;
    }

    private Object budgetTable() {
        Map<String, Object> t = new LinkedHashMap<>();
        field(t, "title", 1, () -> text(new String[] {"Budget 2017", "Finansiering", "Kostnader år 1"}));
        field(t, "lines", 1, () -> list(this::budgetLine, 8, 200));
        return t;
    }

    private Object budgetLine() {
        Map<String, Object> l = new LinkedHashMap<>();
        field(l, "text", 1, () -> text(new String[] {"Lön", "Summa", "Totalt", "Total kostnad", "Lokal", "Resor"}));
        field(l, "amount", 1, this::amount);
        field(l, "sum", 1, () -> invalid(5) ? one(new String[] {"Subtotal", "sum", "", "grand total"}) : one(BUDGET_SUMS));
        return l;
    }

    private Object agreement() {
        return switch (pick(3, 2, 1, 1, 1, 1)) {
            case 0 -> AGREEMENT;
            case 1 -> {
                String[] words = AGREEMENT.split(" ");
                int at = data.consumeInt(0, words.length - 1);
                words[at] = random(10);
                yield String.join(" ", words);
            }
            case 2 -> AGREEMENT.substring(0, data.consumeInt(0, AGREEMENT.length()));
            case 3 -> AGREEMENT.replace(' ', '\n') + odd();
            case 4 -> text(new String[] {"Överenskommelse", "se bilaga"});
            default -> AGREEMENT.repeat(data.consumeInt(2, 50));
        };
    }

    // ---- waivers -------------------------------------------------------------------------------------------------

    /** The result with some of its findings waived (as a waiver file marks them), the justification any text. */
    DocumentResult waive(DocumentResult result) {
        if (!result.isChecked() || result.findings().isEmpty() || pick(2, 1) == 0) {
            return result;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(pick(1, 1) == 1 ? f.waived(String.valueOf(text(new String[] {"Anstånd beviljat 2016-08-25, dnr 2016:41",
                "Förbundschefen"}))) : f);
        }
        return result.withFindings(findings);
    }

    /** The result a waiver file gets: its unjustified, expired and unused waivers, of any rule and document. */
    DocumentResult waiverFile() {
        List<Finding> findings = new ArrayList<>();
        int n = length(3, 30);
        for (int i = 0; i < n; i++) {
            Object rule = text(new String[] {"deadline", "four-parties-signed", "no-such-rule"});
            Object document = text(new String[] {"plans/heby-2017.yaml", "**/*.yaml", "d0.yaml"});
            Position at = new Position("/waivers/" + i, 2 + 5 * i, 5);
            findings.add(switch (pick(1, 1, 1)) {
                case 0 -> new Finding(Waivers.RULE, Severity.ERROR, "waiver.unjustified", at, List.of(rule, document));
                case 1 -> new Finding(Waivers.RULE, Severity.ERROR, "waiver.expired", at, List.of(rule, document,
                        LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))));
                default -> new Finding(Waivers.RULE, Severity.WARNING, "waiver.unused", at, List.of(rule, document));
            });
        }
        findings.sort(Finding.ORDER);
        return DocumentResult.ofFile(Waivers.DEFAULT_NAME, findings);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    private static final Pattern PLAIN_YAML = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .,%+()/-]*");
    private static final Pattern YAML_RESERVED = Pattern.compile("(?i)(y|n|yes|no|on|off|true|false|null)");

    /** Block-style YAML: plain scalars where they read back as the same text, double quotes elsewhere. */
    static String yaml(Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            yamlMap(map, 0, out);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            yamlList(list, 0, out);
        } else {
            out.append(yamlScalar(value)).append('\n');
        }
        return out.toString();
    }

    private static void yamlMap(Map<?, ?> map, int indent, StringBuilder out) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(yamlScalar(String.valueOf(e.getKey()))).append(':');
            yamlValue(e.getValue(), indent, out);
        }
    }

    private static void yamlList(List<?> list, int indent, StringBuilder out) {
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                yamlMap(map, indent + 2, out);
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                yamlList(inner, indent + 2, out);
            } else {
                out.append(yamlScalar(item)).append('\n');
            }
        }
    }

    /** After "key:": a scalar on the same line, a collection on the lines below. */
    private static void yamlValue(Object v, int indent, StringBuilder out) {
        if (v instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n').append(" ".repeat(indent + 2));
            yamlMap(map, indent + 2, out);
        } else if (v instanceof List<?> list && !list.isEmpty()) {
            out.append('\n').append(" ".repeat(indent + 2));
            yamlList(list, indent + 2, out);
        } else {
            out.append(' ').append(yamlScalar(v)).append('\n');
        }
    }

    private static String yamlScalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Plain p) {
            return p.text();
        }
        if (v instanceof Double d) {
            return yamlDouble(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String s = v.toString();
        if (PLAIN_YAML.matcher(s).matches() && !YAML_RESERVED.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        return quoted(s, true);
    }

    /** YAML 1.1 floats: .nan, .inf, and an exponent with its sign (1.0e+308; a bare 1.0E308 reads as text). */
    private static String yamlDouble(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String s = Double.toString(d).replace('E', 'e');
        return s.contains("e") && !s.contains("e-") ? s.replace("e", "e+") : s;
    }

    /** JSON on one line (a line of a JSON-lines file as well as a .json file). */
    static String json(Object v) {
        StringBuilder out = new StringBuilder();
        json(v, out);
        return out.toString();
    }

    private static void json(Object v, StringBuilder out) {
        if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",").append(quoted(String.valueOf(e.getKey()), false)).append(':');
                json(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(list.get(i), out);
            }
            out.append(']');
        } else if (v == null || v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Plain p && JSON_NUMBER.matcher(p.text()).matches()) {
            out.append(p.text());
        } else {
            out.append(quoted(v.toString(), false));
        }
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    /** A double-quoted string, escaped the same way for YAML and JSON (YAML adds \xNN for control characters). */
    private static String quoted(String s, boolean yaml) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    // YAML carries no control character, BOM or non-character unescaped
                    if (c < 0x20 || c == 0x7f || (yaml && (c >= 0x80 && c <= 0x9f || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff' || c >= 0xfffe || Character.isSurrogate(c) && !pairedSurrogate(s, i)))) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

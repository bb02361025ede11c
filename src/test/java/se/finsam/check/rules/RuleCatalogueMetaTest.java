package se.finsam.check.rules;

import se.finsam.check.engine.RuleFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import se.finsam.check.TestEngine;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.RuleMeta;
import se.finsam.check.findings.Severity;
import se.finsam.check.year.Links;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * Fails when a rule lacks what every rule must have: metadata, a title and messages in every language, a
 * fixture file with a case that fires it and one that keeps it quiet, and a fixture for each of its cases.
 */
class RuleCatalogueMetaTest {

    private static final List<Messages> LANGUAGES = Messages.LANGUAGES.stream().map(Messages::new).toList();

    private static List<Rule> drlRules() {
        return TestEngine.rules().rules();
    }

    private static String meta(Rule r, String key) {
        Object v = r.getMetaData().get(key);
        return v == null ? null : v.toString();
    }

    private static Set<String> ruleIds() {
        return drlRules().stream().map(r -> meta(r, "id")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyDrlRuleCarriesIdSeverityAndMessage() {
        for (Rule r : drlRules()) {
            assertTrue(meta(r, "id") != null && meta(r, "id").matches("[a-z]+(-[a-z]+)*"), r.getName() + ": @id");
            Severity.fromId(meta(r, "severity"));
            assertFalse(RuleMeta.kinds(r).isEmpty(), r.getName() + ": @kinds");
            String message = meta(r, "message");
            assertTrue(message != null && message.startsWith(meta(r, "id") + "."), r.getName() + ": @message must be <id>.<case>");
        }
    }

    @Test
    void everyRuleHasATitleAndItsMessagesInEveryLanguage() {
        for (Messages m : LANGUAGES) {
            for (Rule r : drlRules()) {
                assertTrue(m.has(meta(r, "message")), m.locale() + " lacks " + meta(r, "message"));
                assertTrue(m.has(meta(r, "id") + ".title"), m.locale() + " lacks " + meta(r, "id") + ".title");
            }
        }
    }

    @Test
    void languagesHaveTheSameKeysAndArguments() {
        var sv = java.util.ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("sv"));
        var en = java.util.ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        assertEquals(new TreeSet<>(sv.keySet()), new TreeSet<>(en.keySet()));
        for (String key : sv.keySet()) {
            assertEquals(arguments(sv.getString(key)), arguments(en.getString(key)), key);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    @Test
    void everyRuleHasAFixtureFileAndNoFixtureLacksARule() throws Exception {
        Set<String> files = new TreeSet<>();
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of(RuleFixtures.FOLDER))) {
            list.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).forEach(files::add);
        }
        assertEquals(ruleIds(), files);
    }

    @Test
    void everyFixtureFileHasACaseThatFiresAndACaseThatStaysQuiet() throws Exception {
        for (String id : ruleIds()) {
            List<RuleFixtures.Case> cases = RuleFixtures.of(id);
            assertTrue(cases.stream().anyMatch(c -> !c.expected().isEmpty()), id + " has no case that fires");
            assertTrue(cases.stream().anyMatch(c -> c.expected().isEmpty()), id + " has no case that stays quiet");
        }
    }

    @Test
    void everyCaseOfEveryRuleIsFiredBySomeFixture() throws Exception {
        Set<String> fired = new TreeSet<>();
        for (RuleFixtures.Case c : RuleFixturesTest.allFixtures()) {
            for (var r : Links.check(TestEngine.checker(), c.read())) {
                r.findings().stream().filter(f -> f.rule().equals(c.rule())).forEach(f -> fired.add(f.messageKey()));
            }
        }
        List<String> neverFired = new ArrayList<>();
        for (Rule r : drlRules()) {
            if (!fired.contains(meta(r, "message"))) {
                neverFired.add(r.getName());
            }
        }
        assertEquals(List.of(), neverFired, "DRL rules no fixture makes fire");
    }

    /** The rule ids the rule files declare: each file rules/ID.drl holds the rules of one id, and names it. */
    private static Map<String, Set<String>> idsInFiles() throws Exception {
        Map<String, Set<String>> ids = new TreeMap<>();
        Pattern id = Pattern.compile("@id\\(\"([^\"]*)\"\\)");
        try (var files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Set<String> declared = new TreeSet<>();
                Matcher m = id.matcher(Files.readString(p));
                while (m.find()) {
                    declared.add(m.group(1));
                }
                ids.put(p.getFileName().toString().replaceFirst("\\.drl$", ""), declared);
            }
        }
        return ids;
    }

    @Test
    void eachRuleFileHoldsTheRulesOfTheIdItIsNamedAfter() throws Exception {
        idsInFiles().forEach((file, ids) -> assertEquals(Set.of(file), ids, "rules/" + file + ".drl"));
    }

    @Test
    void theCatalogueIsTheRuleFiles() throws Exception {
        assertEquals(idsInFiles().keySet(), ruleIds(), "the rule base's ids against rules/*.drl");
    }
}

package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of a Word package the form is read from: the body (the answers), the page headers and footers (read
 * as context – the title, the edition, the deadline – never as answers), the styles (which paragraphs are headings, which text is hidden),
 * the numbering (the marks of list paragraphs) and the glossary (the text of each control's placeholder). Comments and footnotes live in parts of their own and
 * are not read: they are remarks on the form, not its content.
 */
final class WordParts {

    private WordParts() {
    }

    static FormText read(String source, PackagePart main) throws IOException, InvalidFormatException, SAXException {
        ParagraphStyles styles = new ParagraphStyles();
        HiddenText hidden = HiddenText.NONE;
        Element numbering = null;
        Map<String, String> placeholders = new HashMap<>();
        List<Element> context = new ArrayList<>();
        for (PackageRelationship rel : main.getRelationships()) {
            String type = rel.getRelationshipType();
            PackagePart part = rel.getTargetMode() == TargetMode.EXTERNAL ? null : main.getRelatedPart(rel);
            if (part == null) {
                continue;
            }
            if (type.endsWith("/styles")) {
                Element root = parse(part);
                styles = new ParagraphStyles(root);
                hidden = new HiddenText(root);
            } else if (type.endsWith("/numbering")) {
                numbering = parse(part);
            } else if (type.endsWith("/glossaryDocument")) {
                placeholders = glossary(parse(part));
            } else if (type.endsWith("/header") || type.endsWith("/footer")) {
                context.add(parse(part));
            }
        }
        WordRuns runs = new WordRuns(new Placeholders(placeholders), hidden);
        WordBody body = new WordBody(runs, styles, new WordLists(numbering)).read(parse(main));
        // each section may repeat its header: each line of context once
        Set<String> seen = new LinkedHashSet<>();
        List<FormLine> contextLines = new ArrayList<>();
        for (Element part : context) {
            for (FormLine line : new WordBody(runs, styles, new WordLists(numbering)).read(part).lines()) {
                if (seen.add(line.text())) {
                    contextLines.add(new FormLine(0, line.cells()));
                }
            }
        }
        return new FormText(source, RepeatedPages.drop(body.lines()), body.places(), contextLines);
    }

    /** The placeholder texts of the glossary's parts (w:docPart), by name. */
    private static Map<String, String> glossary(Element root) {
        Map<String, String> texts = new HashMap<>();
        WordRuns runs = new WordRuns(new Placeholders(Map.of()), HiddenText.NONE);
        Element parts = WordXml.child(root, "docParts");
        for (Element part : parts == null ? List.<Element>of() : WordXml.children(parts)) {
            String name = WordXml.attribute(WordXml.child(WordXml.child(part, "docPartPr"), "name"), "val");
            Element body = WordXml.child(part, "docPartBody");
            if (!name.isEmpty() && body != null) {
                StringBuilder text = new StringBuilder();
                for (Element p : WordXml.children(body)) {
                    if (WordXml.name(p).equals("p")) {
                        text.append(runs.paragraph(p, 0).text()).append(' ');
                    }
                }
                texts.put(name, text.toString());
            }
        }
        return texts;
    }

    /** A part's XML, parsed without DOCTYPEs or external entities; an error in it is thrown, never logged. */
    private static Element parse(PackagePart part) throws IOException, SAXException {
        DocumentBuilder builder = XMLHelper.newDocumentBuilder();
        builder.setErrorHandler(SILENT);
        try (InputStream in = part.getInputStream()) {
            return builder.parse(in).getDocumentElement();
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}

package se.finsam.check.read.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import se.finsam.check.read.form.WordStyles.Block;
import se.finsam.check.read.form.WordStyles.Paragraph;
import se.finsam.check.read.form.WordStyles.Role;
import se.finsam.check.read.form.WordStyles.Table;

/**
 * A second, held-out set of Word habits ({@link WordStyles} has the first): how groups really fill the
 * association's template in, written before the reader was changed for them. Each {@link Habit} is one way; the
 * form's lines are told apart (title, heading, answer, table) as in WordStyles. Body XML is written directly –
 * POI has no API for fields, content controls, shapes or sections – and package-level habits (a macro-enabled
 * file, a template renamed, Strict Open XML) rewrite the package POI made.
 */
final class TemplateHabits {

    /** The ways of filling the template in. */
    enum Habit {
        /**
         * Every answer and every value after a label in a legacy form field (FORMTEXT, its default text in the
         * field data, the typed text as its result), an empty one showing Word's five en spaces; "Ja Nej" as
         * FORMCHECKBOX fields.
         */
        LEGACY_FIELDS,
        /** The answer typed on its question's line: after a tab, or after a soft line break (w:br). */
        INLINE_ANSWERS,
        /** Questions and answers in a two-column table: the question in one cell, its answer (its first part) beside it. */
        SIDE_BY_SIDE,
        /** Each table of four rows or more split in two across a page break, its header row repeated (tblHeader). */
        SPLIT_TABLES,
        /**
         * Answers starting with a dash, an asterisk, a bullet or a number as list paragraphs (numbering.xml: the mark
         * is the list's, not typed), a soft
         * line break after an answer's first sentence, a tab after a colon, "Ja Nej" as typed ☒ and ☐ symbols.
         */
        LISTS_AND_BREAKS,
        /**
         * A date line as a DATE field, answers' first words in smart tags and the rest in a hyperlink (a w:hyperlink
         * or a HYPERLINK field, in turn), labelled values as a FILLIN field nested in an IF, page numbers in the
         * footer.
         */
        FIELDS_AND_TAGS,
        /** The title only in a text box anchored in the page header; each wide table in a landscape section. */
        LANDSCAPE_HEADER_BOX,
        /**
         * Content controls at block level around a question and its answer, at row level (a repeating section of
         * the table's rows), at cell level (dates as date pickers, organisations as drop-down lists); an unanswered
         * question keeps the template's own placeholder (from the glossary), "Ja Nej" as w14 check boxes.
         */
        CONTROL_LEVELS,
        /**
         * Rows without trailing or leading empty cells (gridBefore/gridAfter instead), the header row repeated, a
         * signature table's first column "Underskrifter" merged down over its rows.
         */
        GRID_AND_MERGES,
        /**
         * Footnotes after each answer's first sentence, an endnote on the title, a drawn line and every second
         * answer in a text box anchored beside its paragraph, as Word 2016 writes shapes (mc:AlternateContent with
         * a VML fallback), one of them in a group.
         */
        NOTES_AND_SHAPES,
        /**
         * The template's instructions left in under each question, in italic grey ("Beskriv här …"), the answer below;
         * "Ja Nej" as Wingdings check boxes (w:sym).
         */
        INSTRUCTIONS_LEFT,
        /**
         * The instructions left in, in the template's own styles: every second a paragraph style "Instruktion", the
         * others in Word's character style "Placeholder Text" – neither grey nor italic.
         */
        INSTRUCTIONS_STYLED,
        /**
         * A signature table of "Label: value" cells as a header row of labels and rows of values, with an empty
         * signature table of the template left below it.
         */
        SIGNATURE_TABLES,
        /** Table rows typed as paragraphs, the cells apart by tabs. */
        TABBED_PARAGRAPHS,
        /** Saved as a macro-enabled document (.docm, with a VBA project). */
        MACRO_ENABLED,
        /** The template (.dotx) itself filled in and renamed .docx. */
        TEMPLATE_RENAMED,
        /** Saved as "Strict Open XML" (the ISO namespaces and relationship types). */
        STRICT,
        // ---- round 2, held out before the reader was changed for them ----
        /**
         * The template's hidden instructions (w:vanish) left in: under each question a hidden paragraph, in turn
         * hidden by its runs and mark, by a paragraph style whose runs are hidden ("Dold"), and as a hidden run in
         * a character style ("Doldtecken") before the answer; an unanswered question keeps only its hidden one.
         */
        HIDDEN_TEXT,
        /**
         * Short answers chosen in drop-down lists and combo boxes, dates in date pickers; an unanswered question
         * keeps the control unchosen: in turn Word's "Välj ett objekt." (showingPlcHdr) and the template's own
         * first list item ("Välj alternativ", its value empty), a date picker's "Klicka eller tryck för att ange
         * ett datum.".
         */
        CHOICE_CONTROLS,
        /**
         * Legacy form fields: answers of one to three words as FORMDROPDOWN fields (the choice in the field data,
         * no shown text), the others as FORMTEXT; an unanswered question's field still showing its default text, or
         * in turn five plain spaces.
         */
        FORM_FIELD_DEFAULTS,
        /** Every table in a rich-text content control, its rows after the first in a repeating section. */
        CONTROL_TABLES,
        /**
         * Every second answer typed over the template's guidance and so left in its look: in turn grey (808080) and
         * Word's "Placeholder Text" style, worded as the group's answer.
         */
        GREY_ANSWERS,
        /** The questions worded as instructions ("Beskriv …", "Ange …", "Redogör …") printed in the template's grey. */
        GREY_QUESTIONS;

        /** Held out in the second round: measured also on the samples with half their questions unanswered. */
        boolean secondRound() {
            return ordinal() >= HIDDEN_TEXT.ordinal();
        }

        /** The file name's extension the habit's file has. */
        String extension() {
            return this == MACRO_ENABLED ? ".docm" : ".docx";
        }
    }

    static final String INSTRUCTION = "Beskriv här så utförligt som möjligt. Ta bort denna hjälptext innan blanketten skickas in.";
    static final String TEMPLATE_PLACEHOLDER = "Skriv ert svar här.";
    /** A template's instruction worded as no guidance opens, hidden. */
    static final String HIDDEN = "Svaret bör rymmas på en halv sida och gälla hela verksamhetsåret.";
    private static final String FIELD_DEFAULT = "Skriv här";

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*•–]|\\d{1,2}[.)])\\s+");
    private static final Pattern YES_NO = Pattern.compile("(?:(?:Ja|Nej)\\s*)+");
    private static final Pattern LABELLED = Pattern.compile("([^:]{1,40}:)\\s*(.*)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Habit habit;
    private final StringBuilder body = new StringBuilder();
    private XWPFDocument doc;
    private String headerXml;
    private boolean glossary;
    private int ids;
    private int answers;
    /** Which box of a "Ja Nej" line is checked, from 0; -1: none. */
    private final int checked;

    private TemplateHabits(Habit habit, int checked) {
        this.habit = habit;
        this.checked = checked;
    }

    /**
     * The form's text with the answers to every second question taken out, their lines left blank: how an
     * unfinished form arrives, and what shows whether an unanswered question's control, field or hidden text is
     * read as no answer.
     */
    static String halfUnanswered(String text, String kind) {
        List<String> taken = new ArrayList<>();
        List<Block> blocks = WordStyles.blocks(text, kind);
        int questions = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph q && q.role() == Role.HEADING && questions++ % 2 == 1) {
                for (int k = i + 1; k < blocks.size() && blocks.get(k) instanceof Paragraph a && a.role() == Role.ANSWER; k++) {
                    taken.add(a.text());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            out.append(taken.contains(TextForm.clean(line)) ? "" : line).append('\n');
        }
        return out.toString();
    }

    /** The form in the habit, as the bytes of a Word file; kind is the form's kind (plan, report …). */
    static byte[] write(String text, String kind, Habit habit) {
        return write(text, kind, habit, 0);
    }

    /** The same, the box at checked (from 0; -1: none) of each "Ja Nej" line checked. */
    static byte[] write(String text, String kind, Habit habit, int checked) {
        return new TemplateHabits(habit, checked).document(WordStyles.blocks(text, kind));
    }

    private byte[] document(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument()) {
            this.doc = doc;
            if (habit == Habit.LISTS_AND_BREAKS) {
                doc.createNumbering();
            }
            if (habit == Habit.NOTES_AND_SHAPES) {
                doc.createFootnotes();
                doc.createEndnotes();
            }
            if (habit == Habit.HIDDEN_TEXT) {
                hiddenStyles(doc);
            }
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.gapBefore() && i > 0) {
                    body.append("<w:p/>");
                }
                if (b instanceof Paragraph p) {
                    i = paragraph(blocks, i, p);
                } else {
                    table((Table) b);
                }
            }
            if (headerXml != null || habit == Habit.FIELDS_AND_TAGS) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("HEADER");
                doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("FOOTER");
            }
            body.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
            doc.getDocument().setBody(CTBody.Factory.parse("<xml-fragment " + NAMESPACES + ">" + body + "</xml-fragment>"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return repackage(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template's styles of hidden text: a paragraph style and a character style whose runs are hidden. */
    private static void hiddenStyles(XWPFDocument doc) throws XmlException {
        XWPFStyles styles = doc.createStyles();
        // parsed as the style's content (an xml-fragment), so that the style is not written nested in another
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"paragraph\""
                + " w:styleId=\"Dold\"><w:name w:val=\"Dold instruktion\"/><w:rPr><w:vanish/></w:rPr></xml-fragment>")));
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"character\""
                + " w:styleId=\"Doldtecken\"><w:name w:val=\"Dold text\"/><w:rPr><w:vanish/></w:rPr></xml-fragment>")));
    }

    /** Writes the paragraph at i (and, for habits that join them, the answers after it); the last block written. */
    private int paragraph(List<Block> blocks, int i, Paragraph p) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        String text = p.text();
        if (isChoice(text)) {
            body.append(p(checkBoxes(text)));
            return i;
        }
        switch (habit) {
            case LEGACY_FIELDS -> {
                if (p.role() == Role.ANSWER) {
                    body.append(p(formText(text)));
                } else if (p.role() == Role.UNANSWERED) {
                    body.append(p(formText("")));
                } else {
                    body.append(p(run(text)));
                }
            }
            case INLINE_ANSWERS -> {
                if (isQuestion(p) && next instanceof Paragraph a && a.role() == Role.ANSWER) {
                    String apart = answers++ % 2 == 0 ? "<w:r><w:tab/></w:r>" : "<w:r><w:br/></w:r>";
                    body.append(p(run(text) + apart + run(a.text())));
                    return i + 1;
                }
                if (isQuestion(p) && next instanceof Paragraph a && a.role() == Role.UNANSWERED) {
                    body.append(p(run(text) + "<w:r><w:tab/></w:r>"));
                    return i + 1;
                }
                plain(p);
            }
            case SIDE_BY_SIDE -> {
                if (isQuestion(p) && next instanceof Paragraph a
                        && (a.role() == Role.ANSWER || a.role() == Role.UNANSWERED)) {
                    return sideBySide(blocks, i);
                }
                plain(p);
            }
            case LISTS_AND_BREAKS -> {
                Matcher mark = LIST_MARK.matcher(text);
                if (p.role() == Role.ANSWER && mark.find()) {
                    // the list whose mark the text shows: a dash, an asterisk, a Symbol-font bullet, or numbers
                    int list = Character.isDigit(text.charAt(0)) ? 4 : "-*".indexOf(text.charAt(0)) + 1;
                    list = list == 0 ? 3 : list;
                    body.append("<w:p><w:pPr><w:pStyle w:val=\"Liststycke\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\""
                            + list + "\"/></w:numPr></w:pPr>" + broken(text.substring(mark.end())) + "</w:p>");
                } else if (p.role() == Role.ANSWER) {
                    body.append(p(broken(text)));
                } else {
                    plain(p);
                }
            }
            case FIELDS_AND_TAGS -> {
                if (ISO_DATE.matcher(text).matches()) {
                    body.append(p(field(" DATE \\@ \"yyyy-MM-dd\" ", run(text))));
                } else if (p.role() == Role.ANSWER && text.indexOf(' ') > 0) {
                    body.append(p(tagged(text)));
                } else {
                    plain(p);
                }
            }
            case LANDSCAPE_HEADER_BOX -> {
                if (p.role() == Role.TITLE && headerXml == null) {
                    headerXml = "<w:hdr " + NAMESPACES + "><w:p><w:r>" + anchoredBox(p(run(text)), false) + "</w:r></w:p></w:hdr>";
                } else {
                    plain(p);
                }
            }
            case CONTROL_LEVELS -> {
                if (p.role() == Role.HEADING && next instanceof Paragraph a
                        && (a.role() == Role.ANSWER || a.role() == Role.UNANSWERED)) {
                    return questionControl(blocks, i);
                }
                plain(p);
            }
            case NOTES_AND_SHAPES -> {
                if (p.role() == Role.TITLE) {
                    var note = doc.createEndnote();
                    note.createParagraph().createRun().setText("Anvisningar finns på förbundets webbplats.");
                    body.append(p(run(text) + "<w:r><w:endnoteReference w:id=\"" + note.getId() + "\"/></w:r>"));
                    body.append(p("<w:r>" + line() + "</w:r>"));
                } else if (p.role() == Role.ANSWER && answers++ % 2 == 1) {
                    body.append(p("<w:r>" + anchoredBox(p(footnoted(text)), answers % 4 == 0) + "</w:r>"));
                } else if (p.role() == Role.ANSWER) {
                    body.append(p(footnoted(text)));
                } else {
                    plain(p);
                }
            }
            case INSTRUCTIONS_LEFT -> {
                plain(p);
                if (isQuestion(p)) {
                    body.append(p("<w:r><w:rPr><w:i/><w:color w:val=\"808080\"/></w:rPr><w:t>" + WordStyles.escape(INSTRUCTION)
                            + "</w:t></w:r>"));
                }
            }
            case INSTRUCTIONS_STYLED -> {
                plain(p);
                if (isQuestion(p)) {
                    String instruction = "<w:t>" + WordStyles.escape(INSTRUCTION) + "</w:t>";
                    body.append(answers++ % 2 == 0
                            ? "<w:p><w:pPr><w:pStyle w:val=\"Instruktion\"/></w:pPr><w:r>" + instruction + "</w:r></w:p>"
                            : p("<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr>" + instruction + "</w:r>"));
                }
            }
            case HIDDEN_TEXT -> {
                if (isQuestion(p) || p.role() == Role.HEADING && next instanceof Paragraph a && a.role() == Role.UNANSWERED) {
                    plain(p);
                    body.append(answers++ % 2 == 0
                            ? "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>"
                            + WordStyles.escape(HIDDEN) + "</w:t></w:r></w:p>"
                            : "<w:p><w:pPr><w:pStyle w:val=\"Dold\"/></w:pPr>" + run(HIDDEN) + "</w:p>");
                } else if (p.role() == Role.ANSWER && answers % 3 == 0) {
                    body.append(p("<w:r><w:rPr><w:rStyle w:val=\"Doldtecken\"/></w:rPr><w:t xml:space=\"preserve\">"
                            + WordStyles.escape(HIDDEN) + " </w:t></w:r>" + run(text)));
                } else {
                    plain(p);
                }
            }
            case CHOICE_CONTROLS -> {
                if (ISO_DATE.matcher(text).matches()) {
                    body.append(p(inlineControl(run(text), "<w:date w:fullDate=\"" + text + "T00:00:00Z\"><w:dateFormat"
                            + " w:val=\"yyyy-MM-dd\"/><w:lid w:val=\"sv-SE\"/></w:date>")));
                } else if (p.role() == Role.ANSWER && isShort(text)) {
                    body.append(p(choice(text)));
                } else if (p.role() == Role.UNANSWERED) {
                    body.append(p(choice("")));
                } else {
                    plain(p);
                }
            }
            case FORM_FIELD_DEFAULTS -> {
                if (p.role() == Role.ANSWER && isShort(text)) {
                    body.append(p(formDropDown(text)));
                } else if (p.role() == Role.ANSWER) {
                    body.append(p(formText(text)));
                } else if (p.role() == Role.UNANSWERED) {
                    body.append(p(answers++ % 2 == 0 ? formText(null) : formText("     ")));
                } else {
                    plain(p);
                }
            }
            case GREY_ANSWERS -> {
                if (p.role() == Role.ANSWER && answers++ % 2 == 1) {
                    body.append(p("<w:r><w:rPr>" + (answers % 4 == 0 ? "<w:color w:val=\"808080\"/>"
                            : "<w:rStyle w:val=\"PlaceholderText\"/>") + "</w:rPr><w:t xml:space=\"preserve\">"
                            + WordStyles.escape(text) + "</w:t></w:r>"));
                } else {
                    plain(p);
                }
            }
            case GREY_QUESTIONS -> {
                if (p.role() == Role.HEADING && Placeholders.isWordedAsGuidance(text)) {
                    body.append(p("<w:r><w:rPr><w:i/><w:color w:val=\"808080\"/></w:rPr><w:t xml:space=\"preserve\">"
                            + WordStyles.escape(text) + "</w:t></w:r>"));
                } else {
                    plain(p);
                }
            }
            default -> plain(p);
        }
        return i;
    }

    /** An answer a list offers: a word or three ("Ja", "Heby kommun"), not a sentence. */
    private static boolean isShort(String text) {
        return text.split("\\s+").length <= 3 && !text.endsWith(".") && !text.endsWith(":");
    }

    /**
     * A drop-down list or a combo box, in turn, offering the answer; with none, left unchosen: Word's own prompt
     * (showingPlcHdr) or the template's first list item, whose value is empty.
     */
    private String choice(String answer) {
        boolean list = answers++ % 2 == 0;
        String kind = list ? "dropDownList" : "comboBox";
        String items = "<w:listItem w:displayText=\"" + (list ? "Välj alternativ" : "Välj ett objekt.") + "\" w:value=\"\"/>"
                + (answer.isEmpty() ? "<w:listItem w:displayText=\"Ja\" w:value=\"Ja\"/>" : "<w:listItem w:displayText=\""
                + WordStyles.escape(answer) + "\" w:value=\"" + WordStyles.escape(answer) + "\"/>");
        String shown = answer.isEmpty() ? (list ? "Välj alternativ" : "Välj ett objekt.") : answer;
        return inlineControl(run(shown), (answer.isEmpty() && !list ? "<w:showingPlcHdr/>" : "")
                + "<w:" + kind + ">" + items + "</w:" + kind + ">");
    }

    /** A legacy drop-down field: the choice is the field data's result index; Word shows it, the XML has no text. */
    private String formDropDown(String value) {
        int id = ++ids;
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Lista" + id + "\"/><w:enabled/>"
                + "<w:calcOnExit w:val=\"0\"/><w:ddList><w:result w:val=\"1\"/><w:listEntry w:val=\"Välj\"/>"
                + "<w:listEntry w:val=\"" + WordStyles.escape(value) + "\"/></w:ddList></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMDROPDOWN </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** "Ja Nej": a choice of check boxes. */
    private static boolean isChoice(String text) {
        return YES_NO.matcher(text).matches() && text.contains(" ");
    }

    /** A heading that asks for an answer (a question, a prompt ending in a colon or "(*)"), not a part's title. */
    private static boolean isQuestion(Paragraph p) {
        String text = p.text().strip();
        return p.role() == Role.HEADING && (text.contains("?") || text.endsWith(":") || text.endsWith(")"));
    }

    private void plain(Paragraph p) {
        if (p.role() != Role.UNANSWERED) {
            body.append(p(run(p.text())));
        }
    }

    /** The question at i and those after it, each with its answers, as rows of one two-column table. */
    private int sideBySide(List<Block> blocks, int i) {
        StringBuilder rows = new StringBuilder();
        int at = i;
        while (at < blocks.size() && blocks.get(at) instanceof Paragraph q && isQuestion(q)
                && at + 1 < blocks.size() && blocks.get(at + 1) instanceof Paragraph first
                && (first.role() == Role.ANSWER || first.role() == Role.UNANSWERED)) {
            StringBuilder answer = new StringBuilder();
            at++;
            while (at < blocks.size() && blocks.get(at) instanceof Paragraph a
                    && (a.role() == Role.ANSWER || a.role() == Role.UNANSWERED) && (answer.isEmpty() || !a.gapBefore())) {
                answer.append(a.role() == Role.ANSWER ? p(run(a.text())) : "");
                at++;
            }
            rows.append("<w:tr><w:tc>").append(p(run(q.text()))).append("</w:tc><w:tc>")
                    .append(answer.isEmpty() ? "<w:p/>" : answer).append("</w:tc></w:tr>");
        }
        body.append("<w:tbl>").append(tableProperties(2, 0)).append(rows).append("</w:tbl>");
        return at - 1;
    }

    /** The question at i and its answers in one block control; an unanswered question's on its placeholder. */
    private int questionControl(List<Block> blocks, int i) {
        StringBuilder content = new StringBuilder(p(run(((Paragraph) blocks.get(i)).text())));
        int at = i + 1;
        boolean unanswered = false;
        while (at < blocks.size() && blocks.get(at) instanceof Paragraph a
                && (a.role() == Role.ANSWER || a.role() == Role.UNANSWERED) && (at == i + 1 || !a.gapBefore())) {
            if (a.role() == Role.UNANSWERED) {
                unanswered = true;
                // every second one as older Word left it: without showingPlcHdr, the text that of the glossary
                content.append(control(p("<w:r><w:rPr><w:rStyle w:val=\"Platshllartext\"/></w:rPr><w:t>" + TEMPLATE_PLACEHOLDER
                        + "</w:t></w:r>"), "<w:placeholder><w:docPart w:val=\"Svar\"/></w:placeholder>"
                        + (ids % 2 == 0 ? "<w:showingPlcHdr/>" : "") + "<w:richText/>"));
                glossary = true;
            } else {
                content.append(p(isChoice(a.text()) ? checkBoxes(a.text()) : run(a.text())));
            }
            at++;
        }
        body.append(control(content.toString(), "<w:alias w:val=\"Fråga\"/><w:tag w:val=\"fraga" + i + "\"/>"
                + (unanswered ? "" : "<w:richText/>")));
        return at - 1;
    }

    private void table(Table t) {
        List<FormLine> rows = t.rows();
        boolean signatures = rows.stream().anyMatch(WordStyles::isSignatureRow);
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        switch (habit) {
            case SPLIT_TABLES -> {
                if (rows.size() >= 4) {
                    int half = rows.size() / 2;
                    List<FormLine> second = new ArrayList<>(rows.subList(half, rows.size()));
                    if (!signatures) {
                        second.add(0, rows.get(0));
                    }
                    simpleTable(rows.subList(0, half), width, !signatures);
                    body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                    simpleTable(second, width, !signatures);
                    return;
                }
            }
            case TABBED_PARAGRAPHS -> {
                for (FormLine row : rows) {
                    StringBuilder runs = new StringBuilder();
                    for (int c = 0; c < row.cells().size(); c++) {
                        runs.append(c > 0 ? "<w:r><w:tab/></w:r>" : "").append(run(row.cell(c)));
                    }
                    body.append("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2800\"/><w:tab w:val=\"left\" w:pos=\"5600\"/>"
                            + "</w:tabs></w:pPr>").append(runs).append("</w:p>");
                }
                return;
            }
            case LANDSCAPE_HEADER_BOX -> {
                if (width >= 3) {
                    body.append("<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>");
                    simpleTable(rows, width, false);
                    body.append("<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                            + "</w:sectPr></w:pPr></w:p>");
                    return;
                }
            }
            case SIGNATURE_TABLES -> {
                List<String> labels = labels(rows);
                if (labels != null) {
                    StringBuilder xml = new StringBuilder(headerRow(labels));
                    for (FormLine row : rows) {
                        xml.append("<w:tr>");
                        for (int c = 0; c < labels.size(); c++) {
                            Matcher m = LABELLED.matcher(row.cell(c));
                            xml.append(tc(m.matches() && !m.group(2).isEmpty() ? p(run(m.group(2))) : "<w:p/>"));
                        }
                        xml.append("</w:tr>");
                    }
                    body.append("<w:tbl>").append(tableProperties(labels.size(), 0)).append(xml).append("</w:tbl>");
                    body.append("<w:p/><w:tbl>").append(tableProperties(labels.size(), 0)).append(headerRow(labels))
                            .append(("<w:tr>" + tc("<w:p/>").repeat(labels.size()) + "</w:tr>").repeat(2)).append("</w:tbl>");
                    return;
                }
            }
            case GRID_AND_MERGES -> {
                gridTable(rows, width, signatures);
                return;
            }
            case CONTROL_TABLES -> {
                controlTable(rows, width);
                return;
            }
            default -> {
            }
        }
        simpleTable(rows, width, false);
    }

    /** The labels of a signature table whose every cell is "Label: value", the same labels on every row; else null. */
    private static List<String> labels(List<FormLine> rows) {
        List<String> labels = null;
        for (FormLine row : rows) {
            List<String> own = new ArrayList<>();
            for (FormLine.Cell c : row.cells()) {
                Matcher m = LABELLED.matcher(c.text());
                if (!m.matches()) {
                    return null;
                }
                own.add(m.group(1));
            }
            if (labels != null && !labels.equals(own)) {
                return null;
            }
            labels = own;
        }
        return labels != null && labels.stream().anyMatch(l -> l.startsWith("Underskrift")) ? labels : null;
    }

    private static String headerRow(List<String> labels) {
        StringBuilder xml = new StringBuilder("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        labels.forEach(l -> xml.append(tc(p(run(l.substring(0, l.length() - 1))))));
        return xml.append("</w:tr>").toString();
    }

    private void simpleTable(List<FormLine> rows, int width, boolean headerRow) {
        body.append("<w:tbl>").append(tableProperties(width, 0));
        for (int r = 0; r < rows.size(); r++) {
            body.append("<w:tr>").append(r == 0 && headerRow ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
            for (int c = 0; c < width; c++) {
                body.append(cell(rows.get(r), c, r));
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
    }

    /** The table in a rich-text control, its rows after the first each an item of a repeating section. */
    private void controlTable(List<FormLine> rows, int width) {
        StringBuilder items = new StringBuilder();
        for (int r = 1; r < rows.size(); r++) {
            items.append(control(row(rows.get(r), width, r), "<w15:repeatingSectionItem/>"));
        }
        String table = "<w:tbl>" + tableProperties(width, 0) + row(rows.get(0), width, 0)
                + (items.isEmpty() ? "" : control(items.toString(), "<w15:repeatingSection/>")) + "</w:tbl>";
        body.append(control(table, "<w:alias w:val=\"Tabell\"/><w:richText/>"));
    }

    private String row(FormLine row, int width, int r) {
        StringBuilder xml = new StringBuilder("<w:tr>");
        for (int c = 0; c < width; c++) {
            xml.append(cell(row, c, r));
        }
        return xml.append("</w:tr>").toString();
    }

    /** Rows without leading or trailing empty cells, the grid's columns skipped instead; signature rows merged. */
    private void gridTable(List<FormLine> rows, int width, boolean signatures) {
        int extra = signatures ? 1 : 0;
        body.append("<w:tbl>").append(tableProperties(width + extra, 0));
        for (int r = 0; r < rows.size(); r++) {
            FormLine row = rows.get(r);
            int first = 0;
            while (first < row.cells().size() - 1 && row.cell(first).isEmpty()) {
                first++;
            }
            int last = row.cells().size();
            int before = signatures ? 0 : first;
            int after = width - last;
            body.append("<w:tr><w:trPr>").append(before > 0 ? "<w:gridBefore w:val=\"" + before + "\"/><w:wBefore w:w=\""
                    + 1800 * before + "\" w:type=\"dxa\"/>" : "").append(after > 0 ? "<w:gridAfter w:val=\"" + after
                    + "\"/><w:wAfter w:w=\"" + 1800 * after + "\" w:type=\"dxa\"/>" : "")
                    .append(r == 0 ? "<w:tblHeader/>" : "").append("</w:trPr>");
            if (signatures) {
                body.append(r == 0 ? "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(run("Underskrifter")) + "</w:tc>"
                        : "<w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>");
            }
            for (int c = before; c < last; c++) {
                body.append(tc(row.cell(c).isEmpty() ? "<w:p/>" : p(run(row.cell(c)))));
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
    }

    /** A cell in the habit. */
    private String cell(FormLine row, int c, int r) {
        String text = row.cell(c);
        Matcher m = LABELLED.matcher(text);
        boolean labelled = m.matches() && text.indexOf(':') < 30;
        switch (habit) {
            case LEGACY_FIELDS -> {
                if (labelled) {
                    return tc(p(run(m.group(1) + " ") + formText(m.group(2))));
                }
                return tc(text.isEmpty() ? "<w:p/>" : p(formText(text)));
            }
            case FIELDS_AND_TAGS -> {
                if (labelled && !m.group(2).isEmpty()) {
                    return tc(p(run(m.group(1) + " ") + nestedField(m.group(2))));
                }
            }
            case CONTROL_LEVELS -> {
                if (labelled) {
                    return tc(p(run(m.group(1) + " ") + valueControl(m.group(1), m.group(2))));
                }
                if (!text.isEmpty() && WordStyles.isSignatureRow(row)) {
                    return control(tc(p(run(text))), "<w:text/>");
                }
                if (r > 0 && !text.isEmpty()) {
                    return tc(p(inlineControl(run(text), "<w:text/>")));
                }
            }
            default -> {
            }
        }
        return tc(text.isEmpty() ? "<w:p/>" : p(run(text)));
    }

    /** A signature value in a control: a date picker, a drop-down list of parties, or text; empty, its placeholder. */
    private String valueControl(String label, String value) {
        boolean date = label.startsWith("Datum");
        String kind = date ? "<w:date" + (value.isEmpty() ? "" : " w:fullDate=\"2016-09-22T00:00:00Z\"")
                + "><w:dateFormat w:val=\"yyyy-MM-dd\"/><w:lid w:val=\"sv-SE\"/></w:date>"
                : label.startsWith("Organisation") ? "<w:dropDownList><w:listItem w:displayText=\"Välj ett objekt.\" w:value=\"\"/>"
                + "<w:listItem w:displayText=\"Arbetsförmedlingen\" w:value=\"AF\"/></w:dropDownList>" : "<w:text/>";
        if (value.isEmpty()) {
            String prompt = date ? "Klicka eller tryck för att ange ett datum." : label.startsWith("Organisation")
                    ? "Välj ett objekt." : WordStyles.PLACEHOLDER;
            return inlineControl(run(prompt), "<w:placeholder><w:docPart w:val=\"DefaultPlaceholder_1\"/></w:placeholder>"
                    + "<w:showingPlcHdr/>" + kind);
        }
        return inlineControl(run(value), kind);
    }

    private String control(String content, String properties) {
        return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/>" + properties + "</w:sdtPr><w:sdtContent>" + content
                + "</w:sdtContent></w:sdt>";
    }

    private String inlineControl(String runs, String properties) {
        return control(runs, properties);
    }

    /** "Ja Nej" as check boxes in the habit's way: the one at {@link #checked} checked. */
    private String checkBoxes(String text) {
        StringBuilder xml = new StringBuilder();
        String[] words = text.trim().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean on = w == checked;
            String box = switch (habit) {
                case LEGACY_FIELDS -> "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Kryss" + ++ids
                        + "\"/><w:enabled/><w:calcOnExit w:val=\"0\"/><w:checkBox><w:sizeAuto/>"
                        // a checked box as Word writes it (w:checked), or one whose default state is checked
                        + (!on ? "<w:default w:val=\"0\"/>" : ids % 2 == 0 ? "<w:default w:val=\"0\"/><w:checked/>"
                                : "<w:default w:val=\"1\"/>") + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
                case CONTROL_LEVELS -> control("<w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:hAnsi=\"MS Gothic\"/></w:rPr><w:t>"
                        + (on ? "☒" : "☐") + "</w:t></w:r>", "<w14:checkbox><w14:checked w14:val=\"" + (on ? 1 : 0)
                        + "\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\""
                        + " w14:font=\"MS Gothic\"/></w14:checkbox>");
                case LISTS_AND_BREAKS -> on ? "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F078\"/></w:r>" : run("☐");
                case INSTRUCTIONS_LEFT -> "<w:r><w:sym w:font=\"Wingdings\" w:char=\"" + (on ? "F0FE" : "F0A8") + "\"/></w:r>";
                default -> "";
            };
            xml.append(box).append(run((box.isEmpty() ? "" : " ") + word + " "));
        }
        return xml.toString();
    }

    /**
     * A legacy text field with the template's default text; the typed text its result, Word's en spaces if none,
     * the default text itself when null (a field never typed into).
     */
    private String formText(String value) {
        int id = ++ids;
        return "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"Text" + id + "\"/><w:r><w:fldChar w:fldCharType=\"begin\">"
                + "<w:ffData><w:name w:val=\"Text" + id + "\"/><w:enabled/><w:calcOnExit w:val=\"0\"/><w:textInput>"
                + "<w:default w:val=\"" + FIELD_DEFAULT + "\"/></w:textInput></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + (value == null ? run(FIELD_DEFAULT) : value.isEmpty()
                ? "<w:r><w:rPr><w:noProof/></w:rPr><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r>" : run(value))
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:bookmarkEnd w:id=\"" + id + "\"/>";
    }

    /** An IF field holding a MERGEFIELD, its shown result the value. */
    private static String nestedField(String value) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + instruction(" IF ")
                + field(" MERGEFIELD Datum ", run("«Datum»")) + instruction(" = \"\" \"" + value + "\" \"\" ")
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(value)
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String instruction(String text) {
        return "<w:r><w:instrText xml:space=\"preserve\">" + WordStyles.escape(text) + "</w:instrText></w:r>";
    }

    private static String field(String instruction, String result) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + WordStyles.escape(instruction) + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + result + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** The first word in a smart tag, the rest in a hyperlink: a w:hyperlink or a HYPERLINK field, in turn. */
    private String tagged(String text) {
        int space = text.indexOf(' ');
        String tag = "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"metricconverter\">"
                + "<w:smartTagPr><w:attr w:name=\"ProductID\" w:val=\"x\"/></w:smartTagPr>" + run(text.substring(0, space))
                + "</w:smartTag>";
        String rest = run(text.substring(space));
        return tag + (answers++ % 2 == 0 ? "<w:hyperlink w:anchor=\"_top\" w:history=\"1\">" + rest + "</w:hyperlink>"
                : field(" HYPERLINK \"https://www.finsam.se/\" ", rest));
    }

    /** A soft line break after the first sentence, a tab after a colon. */
    private static String broken(String text) {
        int sentence = text.indexOf(". ");
        String first = sentence > 0 ? text.substring(0, sentence + 1) : text;
        String rest = sentence > 0 ? text.substring(sentence + 2) : "";
        return withTab(first) + (rest.isEmpty() ? "" : "<w:r><w:br/></w:r>" + withTab(rest));
    }

    private static String withTab(String text) {
        int colon = text.indexOf(": ");
        return colon < 0 ? run(text) : run(text.substring(0, colon + 1)) + "<w:r><w:tab/></w:r>" + run(text.substring(colon + 2));
    }

    /** A footnote after the answer's first sentence. */
    private String footnoted(String text) {
        int sentence = text.indexOf(". ");
        var footnote = doc.createFootnote();
        footnote.createParagraph().createRun().setText("Se bilaga " + footnote.getId() + ".");
        String note = "<w:r><w:rPr><w:rStyle w:val=\"Fotnotsreferens\"/></w:rPr><w:footnoteReference w:id=\""
                + footnote.getId() + "\"/></w:r>";
        return sentence < 0 ? run(text) + note : run(text.substring(0, sentence + 1)) + note + run(text.substring(sentence + 1));
    }

    /** A drawn line without text, as Word 2016 writes it. */
    private String line() {
        int id = ++ids;
        return "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\""
                + " distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\""
                + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0"
                + "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset>"
                + "</wp:positionV><wp:extent cx=\"5400000\" cy=\"0\"/><wp:wrapNone/><wp:docPr id=\"" + id + "\" name=\"Rak"
                + " koppling " + id + "\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/"
                + "wordprocessingShape\"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst=\"line\"/></wps:spPr><wps:bodyPr/>"
                + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:line id=\"Rak koppling " + id + "\" from=\"0,0\" to=\"425pt,0\"/></w:pict></mc:Fallback></mc:AlternateContent>";
    }

    /** A text box anchored beside its paragraph (in a group when asked), with its VML fallback holding the same text. */
    private String anchoredBox(String content, boolean grouped) {
        int id = ++ids;
        String shape = "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:prstGeom prst=\"rect\"/></wps:spPr><wps:txbx>"
                + "<w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>";
        String graphic = grouped
                ? "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"><wpg:wgp>"
                + "<wpg:cNvGrpSpPr/><wpg:grpSpPr/>" + shape + "</wpg:wgp></a:graphicData>"
                : "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" + shape
                + "</a:graphicData>";
        return "<mc:AlternateContent><mc:Choice Requires=\"" + (grouped ? "wpg" : "wps") + "\"><w:drawing><wp:anchor distT=\"0\""
                + " distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"2\" behindDoc=\"0\""
                + " locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:align>left</wp:align></wp:positionH><wp:positionV"
                + " relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"5400000\""
                + " cy=\"900000\"/><wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"" + id + "\" name=\"Textruta " + id
                + "\"/><a:graphic>" + graphic + "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:shape id=\"Textruta " + id + "\" style=\"position:absolute;width:425pt;height:71pt\"><v:textbox>"
                + "<w:txbxContent>" + content + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>";
    }

    /** The lists of the text's marks (numbering.xml, written in place of POI's empty part): 1 "-", 2 "*", 3 a Symbol bullet, 4 "1.". */
    private static String numbering() {
        String[] levels = {"<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/>",
                "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"*\"/>",
                "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr>",
                "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"};
        StringBuilder xml = new StringBuilder("<w:numbering " + NAMESPACES + ">");
        for (int n = 1; n <= levels.length; n++) {
            xml.append("<w:abstractNum w:abstractNumId=\"").append(n).append("\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>")
                    .append(levels[n - 1]).append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/>"
                    + "</w:pPr></w:lvl></w:abstractNum>");
        }
        for (int n = 1; n <= levels.length; n++) {
            xml.append("<w:num w:numId=\"").append(n).append("\"><w:abstractNumId w:val=\"").append(n).append("\"/></w:num>");
        }
        return xml.append("</w:numbering>").toString();
    }

    private static String tableProperties(int width, int extra) {
        return "<w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"1800\"/>".repeat(width + extra) + "</w:tblGrid>";
    }

    private static String tc(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    private static String p(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + WordStyles.escape(text) + "</w:t></w:r>";
    }

    // ---- the package -------------------------------------------------------------------------------------------

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /** The package POI wrote, changed as the habit's file is: header, glossary, macros, template, Strict. */
    private byte[] repackage(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, byte[]> binary = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (habit == Habit.LISTS_AND_BREAKS) {
            parts.put("word/numbering.xml", numbering());
        }
        if (headerXml != null) {
            parts.replaceAll((name, xml) -> name.matches("word/header\\d*\\.xml") ? headerXml : xml);
        }
        if (habit == Habit.FIELDS_AND_TAGS) {
            String footer = "<w:ftr " + NAMESPACES + "><w:p>" + run("Sida ") + field(" PAGE ", run("1")) + run(" av ")
                    + field(" NUMPAGES ", run("3")) + "</w:p></w:ftr>";
            parts.replaceAll((name, xml) -> name.matches("word/footer\\d*\\.xml") ? footer
                    : name.matches("word/header\\d*\\.xml") ? "<w:hdr " + NAMESPACES + "><w:p/></w:hdr>" : xml);
        }
        if (glossary) {
            parts.put("word/glossary/document.xml", "<w:glossaryDocument " + NAMESPACES + "><w:docParts><w:docPart>"
                    + "<w:docPartPr><w:name w:val=\"Svar\"/><w:category><w:name w:val=\"Allmänt\"/><w:gallery w:val=\"placeholder\"/>"
                    + "</w:category><w:guid w:val=\"{00000000-0000-0000-0000-000000000001}\"/></w:docPartPr><w:docPartBody>"
                    + p(run(TEMPLATE_PLACEHOLDER)) + "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>");
            addPart(parts, "glossary/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument");
        }
        if (habit == Habit.MACRO_ENABLED) {
            parts.computeIfPresent("[Content_Types].xml", (n, xml) -> xml.replace(MAIN,
                    "application/vnd.ms-word.document.macroEnabled.main+xml"));
            binary.put("word/vbaProject.bin", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0});
            addPart(parts, "vbaProject.bin", "application/vnd.ms-office.vbaProject",
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
        }
        if (habit == Habit.TEMPLATE_RENAMED) {
            parts.computeIfPresent("[Content_Types].xml", (n, xml) -> xml.replace(MAIN,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"));
        }
        if (habit == Habit.STRICT) {
            parts.replaceAll((name, xml) -> strict(xml));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(binary.containsKey(part.getKey()) ? binary.get(part.getKey())
                        : part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void addPart(Map<String, String> parts, String target, String contentType, String relationship) {
        parts.putIfAbsent("word/" + target, "");
        parts.computeIfPresent("[Content_Types].xml", (n, xml) -> xml.replace("</Types>", "<Override PartName=\"/word/"
                + target + "\" ContentType=\"" + contentType + "\"/></Types>"));
        parts.computeIfPresent("word/_rels/document.xml.rels", (n, xml) -> xml.replace("</Relationships>",
                "<Relationship Id=\"rIdHabit" + target.hashCode() + "\" Type=\"" + relationship + "\" Target=\"" + target
                        + "\"/></Relationships>"));
    }

    /** A part as Word writes it in Strict Open XML: the ISO namespaces and relationship types. */
    private static String strict(String xml) {
        return xml.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main")
                .replace("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
                .replaceFirst("<w:document ", "<w:document w:conformance=\"strict\" ");
    }
}

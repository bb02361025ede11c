package se.finsam.check.read.form;

import static se.finsam.check.read.form.WordStyles.escape;
import static se.finsam.check.read.form.WordStyles.paragraphXml;
import static se.finsam.check.read.form.WordStyles.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import se.finsam.check.edition.Editions;
import se.finsam.check.read.form.WordStyles.Block;
import se.finsam.check.read.form.WordStyles.Paragraph;
import se.finsam.check.read.form.WordStyles.Role;
import se.finsam.check.read.form.WordStyles.Table;

/**
 * A third, held-out set of fillings ({@link WordStyles} and {@link TemplateHabits} have the first two): how groups
 * fill the association's Word template in, written before the reader was changed for them. The form's lines are
 * told apart as in WordStyles; a question's answer is every answer paragraph up to the next question (also one
 * with its answer on its line) or table, blank lines included, as a group types it into the box the template gives.
 */
final class GroupFillings {

    /** The ways of filling the template in. */
    enum Filling {
        /** Each question in the grey top row of a one-column table, its answer in the white row below. */
        QUESTION_BOXES,
        /** Questions and answers as rows of one two-column table: the question grey on the left, its answer beside it. */
        QUESTION_ANSWER_ROWS,
        /**
         * A numbered question table: a narrow cell with the question's number ("1.", "2." …) beside the cell that
         * holds the question, in bold, and its answer's paragraphs below it.
         */
        NUMBERED_ROWS,
        /** Questions in a numbered heading style (the number the style's list's), answers in "Brödtext", spacing for blank lines. */
        NUMBERED_HEADINGS,
        /**
         * Each answer in one block rich-text control, each of its paragraphs in an inline plain-text control nested
         * in it; table values in inline controls, dates in date pickers; an unanswered question's control showing its
         * placeholder.
         */
        NESTED_CONTROLS,
        /** Each answer in a text box: in turn a VML shape only (Word 2003) and a floating DrawingML shape only. */
        LONE_TEXT_BOXES,
        /**
         * The form in a layout table of two grid columns, every cell spanning both (gridSpan); a question and its
         * answer in one cell merged down over a row below (vMerge, the box made tall); a heading and its table in one
         * cell, the table nested.
         */
        MERGED_LAYOUT,
        /** An answer's paragraphs as lines of one paragraph (soft line breaks), a label's value on the line below it. */
        SOFT_BREAKS,
        /**
         * Answers and values pasted from a mail: non-breaking and narrow spaces, soft hyphens (typed and as
         * w:softHyphen), zero-width spaces, a byte-order mark, non-breaking hyphens.
         */
        MAIL_PASTE,
        /**
         * The template's page furniture: a different first-page header with a table (the association, a "Dnr:"), a
         * header naming the association, a footer "Sida N av M" with the template's revision date.
         */
        HEADER_FOOTER_TABLES,
        /**
         * The template's guidance left in: in turn a grey note after the question in its own paragraph, an
         * instruction in a grey-shaded one-cell table, an instruction in the theme's lightened text; empty values
         * after a label keep a prompt in the "Placeholder Text" style.
         */
        GUIDANCE_LEFT,
        /** The answer typed in the question's own box (a one-cell table): in turn as paragraphs after it and after a line break. */
        ANSWER_IN_QUESTION_CELL,
        /**
         * Edited with tracking on: the answers inserted as whole paragraphs, the year before's answer deleted with its
         * paragraph mark, a question reformatted (rPrChange), a table row deleted and one inserted.
         */
        TRACKED_PARAGRAPHS,
        /**
         * A table of contents (in its content control, the headings as hyperlinks with PAGEREF fields), labelled
         * values as FILLIN and DOCPROPERTY fields' results, an unanswered question's MACROBUTTON prompt left.
         */
        FIELDS_AND_CONTENTS,
        /**
         * A table of contents as a bare TOC field, as Word 2003 and the Insert Field dialog make it (and LibreOffice
         * when it saves as Word): no content control, its title in "TOC Heading", its entries in "toc 1" with page
         * numbers after a tab.
         */
        CONTENTS_FIELD,
        /**
         * Every word in runs of its own as Word splits them (revision ids, proofing marks, language, a word split
         * in two, a rendered page break, bookmarks), answers in editable ranges of a protected form (w:permStart).
         */
        SPLIT_RUNS
    }

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private static final String CHANGE = " w:author=\"Anna Berg\" w:date=\"2016-08-20T10:00:00Z\"";
    private static final String GREY_CELL = "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/></w:tcPr>";
    private static final Pattern LABELLED = Pattern.compile("([^:]{1,40}:)\\s*(.*)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{12,}");

    /** A question and its answer: paragraphs, "" for a blank line between them; none when unanswered. */
    private record Question(String text, boolean gap, List<String> answer, int last) {
    }

    private final Filling filling;
    /** The form's questions: a line that opens with one is the template's, never part of the answer above it. */
    private final Headings headings;
    private final StringBuilder body = new StringBuilder();
    private int ids;
    private int questions;

    private GroupFillings(Filling filling, String kind) {
        this.filling = filling;
        this.headings = new Headings(new FormParser(FormLayout.builtIn(), Editions.builtIn()).headings(kind));
    }

    /** The form filled in so, as the bytes of a .docx; kind is the form's kind (plan, report …). */
    static byte[] write(String text, String kind, Filling filling) {
        return new GroupFillings(filling, kind).document(WordStyles.blocks(text, kind));
    }

    private byte[] document(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument()) {
            if (filling == Filling.NUMBERED_HEADINGS) {
                numberedStyles(doc);
            } else if (filling == Filling.CONTENTS_FIELD) {
                contentsStyles(doc);
            }
            boolean spacing = filling == Filling.NUMBERED_HEADINGS || filling == Filling.MERGED_LAYOUT;
            List<String> layoutRows = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                int start = i;
                int from = body.length();
                if (b.gapBefore() && i > 0 && !spacing) {
                    body.append("<w:p/>");
                }
                if (b instanceof Paragraph p) {
                    i = paragraph(blocks, i, p);
                } else {
                    table((Table) b);
                }
                if (filling == Filling.MERGED_LAYOUT) {
                    i = layoutRow(blocks, start, i, from, layoutRows);
                }
            }
            if (filling == Filling.MERGED_LAYOUT) {
                body.append("<w:tbl>").append(tableProperties(2)).append(String.join("", layoutRows)).append("</w:tbl><w:p/>");
            }
            body.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
            WordStyles.setBody(doc, NAMESPACES, body);
            if (filling == Filling.HEADER_FOOTER_TABLES) {
                furniture(doc);
            }
            return WordStyles.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves what block b wrote (from from on) into a row of the layout table: a heading and the table after it share
     * one cell, a question's cell is merged down over an empty row. The last block written.
     */
    private int layoutRow(List<Block> blocks, int start, int i, int from, List<String> rows) {
        Block b = blocks.get(start);
        boolean heading = b instanceof Paragraph p && p.role() == Role.HEADING;
        int last = i;
        if (heading && i == start && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Table t) {
            table(t);
            last = i + 1;
        }
        String content = body.substring(from);
        body.setLength(from);
        if (content.endsWith("</w:tbl>")) {
            // a cell ends in a paragraph
            content += "<w:p/>";
        }
        boolean tall = heading && i > start;
        String span = "<w:gridSpan w:val=\"2\"/>";
        rows.add("<w:tr><w:tc><w:tcPr>" + span + (tall ? "<w:vMerge w:val=\"restart\"/>" : "") + "</w:tcPr>"
                + (b.gapBefore() ? "<w:p/>" : "") + content + "</w:tc></w:tr>");
        if (tall) {
            rows.add("<w:tr><w:tc><w:tcPr>" + span + "<w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>");
        }
        return last;
    }

    /** Writes the paragraph at i, with its answer where the filling puts them together; the last block written. */
    private int paragraph(List<Block> blocks, int i, Paragraph p) {
        Question q = p.role() == Role.HEADING ? question(blocks, i) : null;
        if (q != null && q.last() > i) {
            return question(blocks, q);
        }
        switch (p.role()) {
            case UNANSWERED -> {
            }
            case ANSWER -> body.append(filling == Filling.TRACKED_PARAGRAPHS ? inserted(labelled(p.text())) : p(labelled(p.text())));
            case TITLE -> {
                body.append(p(run(p.text())));
                if (filling == Filling.FIELDS_AND_CONTENTS) {
                    contents(blocks);
                } else if (filling == Filling.CONTENTS_FIELD) {
                    contentsField(blocks);
                }
            }
            case HEADING -> body.append(filling == Filling.NUMBERED_HEADINGS ? styled("Rubrik2", p.gapBefore(), run(p.text()))
                    : p(run(p.text())));
            default -> body.append(p(labelled(p.text())));
        }
        return i;
    }

    /** The question at i and its answer, or null when no answer paragraph (nor an unanswered one) follows it. */
    private Question question(List<Block> blocks, int i) {
        List<String> answer = new ArrayList<>();
        int at = i + 1;
        while (at < blocks.size() && blocks.get(at) instanceof Paragraph a
                && (a.role() == Role.ANSWER && headings.match(a.text()).isEmpty() || a.role() == Role.UNANSWERED)) {
            if (a.role() == Role.ANSWER) {
                if (a.gapBefore() && !answer.isEmpty()) {
                    answer.add("");
                }
                answer.add(a.text());
            }
            at++;
        }
        Paragraph question = (Paragraph) blocks.get(i);
        return new Question(question.text(), question.gapBefore(), answer, at - 1);
    }

    /** Writes a question and its answer in the filling; the last block written. */
    private int question(List<Block> blocks, Question q) {
        int n = questions++;
        String question = p(run(q.text()));
        switch (filling) {
            case QUESTION_BOXES -> body.append("<w:tbl>").append(tableProperties(1)).append("<w:tr><w:tc>").append(GREY_CELL)
                    .append(question).append("</w:tc></w:tr><w:tr><w:tc>").append(answer(q)).append("</w:tc></w:tr></w:tbl>");
            case NUMBERED_ROWS -> body.append("<w:tbl>").append(tableProperties(2)).append("<w:tr><w:tc>").append(p(run((n + 1) + ".")))
                    .append("</w:tc><w:tc>").append(p("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + WordStyles.escape(q.text()) + "</w:t></w:r>"))
                    .append(q.answer().isEmpty() ? "" : answer(q)).append("</w:tc></w:tr></w:tbl>");
            case QUESTION_ANSWER_ROWS -> {
                StringBuilder rows = new StringBuilder();
                Question at = q;
                while (true) {
                    rows.append("<w:tr><w:tc>").append(GREY_CELL).append(p(run(at.text()))).append("</w:tc><w:tc>")
                            .append(answer(at)).append("</w:tc></w:tr>");
                    int next = at.last() + 1;
                    if (!(next < blocks.size() && blocks.get(next) instanceof Paragraph h && h.role() == Role.HEADING)) {
                        break;
                    }
                    Question following = question(blocks, next);
                    if (following.last() == next) {
                        break;
                    }
                    at = following;
                }
                body.append("<w:tbl>").append(tableProperties(2)).append(rows).append("</w:tbl>");
                return at.last();
            }
            case NUMBERED_HEADINGS -> {
                body.append(styled("Rubrik2", q.gap(), run(q.text())));
                boolean gap = false;
                for (String a : q.answer()) {
                    if (a.isEmpty()) {
                        gap = true;
                        continue;
                    }
                    body.append(styled("Brodtext", gap, run(a)));
                    gap = false;
                }
            }
            case NESTED_CONTROLS -> {
                body.append(question);
                if (q.answer().isEmpty()) {
                    body.append(control(p("<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>"
                            + escape(WordStyles.PLACEHOLDER) + "</w:t></w:r>"), "<w:showingPlcHdr/><w:richText/>"));
                } else {
                    body.append(control(answer(q), "<w:alias w:val=\"Svar\"/><w:tag w:val=\"svar" + n + "\"/><w:richText/>"));
                }
            }
            case LONE_TEXT_BOXES -> {
                body.append(question);
                if (!q.answer().isEmpty()) {
                    body.append(p("<w:r>" + (n % 2 == 0 ? vmlBox(answer(q)) : floatingBox(answer(q))) + "</w:r>"));
                }
            }
            case SOFT_BREAKS -> {
                body.append(question);
                if (!q.answer().isEmpty()) {
                    body.append(p(String.join("<w:r><w:br/></w:r>", q.answer().stream().map(a -> a.isEmpty() ? "" : run(a)).toList())));
                }
            }
            case GUIDANCE_LEFT -> {
                switch (n % 3) {
                    case 0 -> body.append(question).append(p("<w:r><w:rPr><w:color w:val=\"A6A6A6\"/></w:rPr><w:t>"
                            + "(Beskriv kortfattat, högst en halv sida.)</w:t></w:r>"));
                    case 1 -> body.append(question).append("<w:tbl>").append(tableProperties(1)).append("<w:tr><w:tc>")
                            .append(GREY_CELL).append(p(run(TemplateHabits.INSTRUCTION))).append("</w:tc></w:tr></w:tbl>");
                    default -> body.append(question).append(p("<w:r><w:rPr><w:color w:val=\"7F7F7F\" w:themeColor=\"text1\""
                            + " w:themeTint=\"80\"/></w:rPr><w:t>Ange gärna exempel. Ta bort texten när svaret skrivs in.</w:t></w:r>"));
                }
                body.append(answer(q));
            }
            case ANSWER_IN_QUESTION_CELL -> {
                String cell;
                if (n % 2 == 1 && !q.answer().isEmpty()) {
                    cell = p(run(q.text()) + "<w:r><w:br/></w:r>" + typed(q.answer().get(0)))
                            + answer(new Question(q.text(), q.gap(), q.answer().subList(1, q.answer().size()), q.last()));
                } else {
                    cell = question + answer(q);
                }
                body.append("<w:tbl>").append(tableProperties(1)).append("<w:tr><w:tc>").append(cell).append("</w:tc></w:tr></w:tbl>");
            }
            case TRACKED_PARAGRAPHS -> {
                body.append(p("<w:r><w:rPr><w:b/><w:rPrChange w:id=\"" + ++ids + "\"" + CHANGE + "><w:rPr/></w:rPrChange></w:rPr>"
                        + "<w:t xml:space=\"preserve\">" + WordStyles.escape(q.text()) + "</w:t></w:r>"));
                body.append("<w:p><w:pPr><w:rPr><w:del w:id=\"" + ++ids + "\"" + CHANGE + "/></w:rPr></w:pPr><w:del w:id=\""
                        + ++ids + "\"" + CHANGE + "><w:r><w:delText>Förra årets svar: se verksamhetsplanen för 2016.</w:delText>"
                        + "</w:r></w:del></w:p>");
                for (String a : q.answer()) {
                    body.append(a.isEmpty() ? "<w:p/>" : inserted(typed(a)));
                }
            }
            case FIELDS_AND_CONTENTS -> {
                body.append(question);
                body.append(q.answer().isEmpty() ? p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
                        + " xml:space=\"preserve\"> MACROBUTTON NoMacro [Klicka här och skriv svaret] </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") : answer(q));
            }
            default -> body.append(question).append(answer(q));
        }
        return q.last();
    }

    /** An answer's paragraphs as typed, a blank line an empty paragraph; an empty paragraph when unanswered. */
    private String answer(Question q) {
        if (q.answer().isEmpty()) {
            return "<w:p/>";
        }
        StringBuilder xml = new StringBuilder();
        for (String a : q.answer()) {
            xml.append(a.isEmpty() ? "<w:p/>" : p(labelled(a)));
        }
        return xml.toString();
    }

    /** Runs of text the group typed (an answer, a value), as the filling has it. */
    private String typed(String text) {
        return switch (filling) {
            case NESTED_CONTROLS -> inlineControl(run(text), ISO_DATE.matcher(text).matches()
                    ? "<w:date w:fullDate=\"" + text + "T00:00:00Z\"><w:dateFormat w:val=\"yyyy-MM-dd\"/></w:date>" : "<w:text/>");
            case MAIL_PASTE -> pasted(text);
            case SPLIT_RUNS -> split(text);
            default -> run(text);
        };
    }

    /** A "Label: value" text: the label as the template has it, the value typed (in the filling's field). */
    private String labelled(String text) {
        Matcher m = LABELLED.matcher(text);
        if (!m.matches()) {
            return text.isEmpty() ? "" : typed(text);
        }
        String label = run(m.group(1) + " ");
        String value = m.group(2);
        return switch (filling) {
            case SOFT_BREAKS -> value.isEmpty() ? run(m.group(1)) : run(m.group(1)) + "<w:r><w:br/></w:r>" + run(value);
            case GUIDANCE_LEFT -> value.isEmpty() ? label + "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>"
                    + escape(WordStyles.PLACEHOLDER) + "</w:t></w:r>" : label + run(value);
            case FIELDS_AND_CONTENTS -> value.isEmpty() ? run(m.group(1)) : label + (ids++ % 2 == 0
                    ? "<w:fldSimple w:instr=\" DOCPROPERTY Svar" + ids + " \\* MERGEFORMAT \">" + run(value) + "</w:fldSimple>"
                    : "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> FILLIN \""
                    + escape(m.group(1)) + "\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + run(value) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            default -> value.isEmpty() ? run(m.group(1)) : label + typed(value);
        };
    }

    private void table(Table t) {
        List<FormLine> rows = t.rows();
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        StringBuilder xml = new StringBuilder("<w:tbl>").append(tableProperties(width));
        for (int r = 0; r < rows.size(); r++) {
            if (filling == Filling.TRACKED_PARAGRAPHS && r == 1) {
                xml.append("<w:tr><w:trPr><w:del w:id=\"").append(++ids).append("\"").append(CHANGE).append("/></w:trPr>");
                for (int c = 0; c < width; c++) {
                    xml.append("<w:tc><w:p><w:del w:id=\"").append(++ids).append("\"").append(CHANGE)
                            .append("><w:r><w:delText>Struken rad ").append(c).append("</w:delText></w:r></w:del></w:p></w:tc>");
                }
                xml.append("</w:tr>");
            }
            xml.append("<w:tr>").append(filling == Filling.TRACKED_PARAGRAPHS && r == rows.size() - 1 && r > 0
                    ? "<w:trPr><w:ins w:id=\"" + ++ids + "\"" + CHANGE + "/></w:trPr>" : "");
            for (int c = 0; c < width; c++) {
                String text = rows.get(r).cell(c);
                xml.append("<w:tc>").append(text.isEmpty() ? "<w:p/>" : p(labelled(text))).append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        body.append(xml).append("</w:tbl>");
    }

    /** Text pasted from a mail: the characters a mail program puts where the text export has plain spaces and hyphens. */
    private String pasted(String text) {
        String t = text.replace(" %", "\u00A0%").replace("/", "/\u200B").replaceAll("(\\d) (\\d{3})", "$1\u202F$2");
        int sentence = t.indexOf(". ");
        if (sentence > 0) {
            t = t.substring(0, sentence + 1) + "\u00A0" + t.substring(sentence + 1);
        }
        StringBuilder runs = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        Matcher word = LONG_WORD.matcher(t);
        int copied = 0;
        int n = 0;
        while (word.find()) {
            int cut = word.start() + 6;
            pending.append(t, copied, cut);
            copied = cut;
            if (n++ % 2 == 0) {
                runs.append(hyphened(pending.toString())).append("<w:r><w:softHyphen/></w:r>");
                pending.setLength(0);
            } else {
                pending.append('\u00AD');
            }
        }
        runs.append(hyphened(pending.append(t.substring(copied)).toString()));
        return (ids++ % 3 == 0 ? run("\uFEFF") : "") + runs;
    }

    /** Runs of text, a hyphen between letters as Word's non-breaking hyphen. */
    private static String hyphened(String text) {
        return String.join("<w:r><w:noBreakHyphen/></w:r>",
                java.util.Arrays.stream(text.split("(?<=\\p{L})-(?=\\p{L})", -1)).map(s -> s.isEmpty() ? "" : run(s)).toList());
    }

    /** Text as Word splits it into runs while a group edits it. */
    private String split(String text) {
        StringBuilder runs = new StringBuilder("<w:permStart w:id=\"" + ++ids + "\" w:edGrp=\"everyone\"/>");
        String[] words = text.split("(?= )");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String rsid = " w:rsidR=\"00A1" + String.format("%04X", (ids + w) % 0xffff) + "\"";
            if (w == 0) {
                runs.append("<w:bookmarkStart w:id=\"").append(ids).append("\" w:name=\"_Hlk").append(ids).append("\"/>");
            }
            if (w % 4 == 1) {
                runs.append("<w:proofErr w:type=\"spellStart\"/>");
            }
            if (word.strip().length() > 8) {
                int cut = word.length() / 2;
                runs.append("<w:r").append(rsid).append("><w:t xml:space=\"preserve\">").append(escape(word.substring(0, cut)))
                        .append("</w:t></w:r><w:r><w:rPr><w:lang w:val=\"sv-SE\"/></w:rPr>")
                        .append(w == 2 ? "<w:lastRenderedPageBreak/>" : "").append("<w:t xml:space=\"preserve\">")
                        .append(escape(word.substring(cut))).append("</w:t></w:r>");
            } else {
                runs.append("<w:r").append(rsid).append("><w:rPr><w:noProof/></w:rPr><w:t xml:space=\"preserve\">")
                        .append(escape(word)).append("</w:t></w:r>");
            }
            if (w % 4 == 1) {
                runs.append("<w:proofErr w:type=\"spellEnd\"/>");
            }
            if (w == 0) {
                runs.append("<w:bookmarkEnd w:id=\"").append(ids).append("\"/>");
            }
        }
        return runs.append("<w:permEnd w:id=\"").append(ids).append("\"/>").toString();
    }

    /** A table of contents after the title: the form's headings as Word lists them, in a content control. */
    private void contents(List<Block> blocks) {
        StringBuilder entries = new StringBuilder("<w:p><w:r><w:t>Innehåll</w:t></w:r></w:p>");
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.role() == Role.HEADING) {
                String anchor = "_Toc" + (4711 + n);
                entries.append("<w:p>").append(n++ == 0 ? begin : "").append("<w:hyperlink w:anchor=\"").append(anchor)
                        .append("\" w:history=\"1\">").append(run(p.text())).append("<w:r><w:tab/></w:r>")
                        .append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF ")
                        .append(anchor).append(" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                        .append(run(String.valueOf(1 + n / 4))).append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                        .append("</w:hyperlink></w:p>");
            }
        }
        entries.append("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        body.append("<w:sdt><w:sdtPr><w:id w:val=\"").append(++ids).append("\"/><w:docPartObj><w:docPartGallery w:val=\"Table of"
                + " Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>").append(entries)
                .append("</w:sdtContent></w:sdt>");
    }

    /** A table of contents in the "toc 1" style only, inside a TOC field, without a content control around it. */
    private void contentsField(List<Block> blocks) {
        body.append(styled("Innehllsfrteckningsrubrik", false, run("Innehållsförteckning")));
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.role() == Role.HEADING) {
                String field = n++ == 0 ? "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + " TOC \\o \"1-3\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" : "";
                body.append(styled("Innehll1", false, field + run(p.text()) + "<w:r><w:tab/></w:r>" + run(String.valueOf(1 + n / 4))));
            }
        }
        body.append(styled("Innehll1", false, "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));
    }

    /** Word's contents styles as a Swedish Word names their ids ("Innehll1"): their names are the built-in ones. */
    private static void contentsStyles(XWPFDocument doc) throws XmlException {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"paragraph\""
                + " w:styleId=\"Innehllsfrteckningsrubrik\"><w:name w:val=\"TOC Heading\"/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"480\"/></w:pPr></xml-fragment>")));
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"paragraph\""
                + " w:styleId=\"Innehll1\"><w:name w:val=\"toc 1\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\""
                + " w:pos=\"9062\"/></w:tabs><w:spacing w:after=\"100\"/></w:pPr></xml-fragment>")));
    }

    /** The template's page furniture: first-page and other headers, a footer with page numbers and the revision. */
    private static void furniture(XWPFDocument doc) {
        for (HeaderFooterType type : List.of(HeaderFooterType.FIRST, HeaderFooterType.DEFAULT)) {
            XWPFHeaderFooter header = doc.createHeader(type);
            if (type == HeaderFooterType.FIRST) {
                XWPFTable table = header.createTable(1, 2);
                table.getRow(0).getCell(0).setText("Samordningsförbundet Uppsala län");
                table.getRow(0).getCell(1).setText("Dnr:");
            } else {
                header.createParagraph().createRun().setText("Samordningsförbundet Uppsala län");
            }
        }
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.createRun().setText("Sida ");
        footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
        footer.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("1");
        footer.getCTP().addNewR().addNewT().setStringValue(" av ");
        footer.getCTP().addNewFldSimple().setInstr(" NUMPAGES ");
        footer.getCTP().getFldSimpleArray(1).addNewR().addNewT().setStringValue("3");
        doc.createFooter(HeaderFooterType.FIRST).createParagraph().createRun().setText("Blankett reviderad 2016-05-01");
    }

    /** A numbered heading style ("Rubrik 2", its list's number "1.") and "Brödtext", as a template defines them. */
    private static void numberedStyles(XWPFDocument doc) throws XmlException {
        XWPFNumbering numbering = doc.createNumbering();
        int abstractNum = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse("<xml-fragment " + NAMESPACES
                + " w:abstractNumId=\"7\"><w:multiLevelType w:val=\"multilevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Rubrik2\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>"
                + "</w:lvl></xml-fragment>"))).intValue();
        int num = numbering.addNum(java.math.BigInteger.valueOf(abstractNum)).intValue();
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"paragraph\""
                + " w:styleId=\"Rubrik2\"><w:name w:val=\"heading 2\"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val=\"" + num
                + "\"/></w:numPr><w:spacing w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/></w:pPr></xml-fragment>")));
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + NAMESPACES + " w:type=\"paragraph\""
                + " w:styleId=\"Brodtext\"><w:name w:val=\"Body Text\"/><w:pPr><w:spacing w:after=\"120\"/></w:pPr></xml-fragment>")));
    }

    /** A paragraph in a style, set off by spacing before where the text has a blank line. */
    private static String styled(String style, boolean gap, String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + (gap ? "<w:spacing w:before=\"360\"/>" : "") + "</w:pPr>"
                + runs + "</w:p>";
    }

    /** A paragraph inserted with tracking on: its runs and its mark. */
    private String inserted(String runs) {
        return "<w:p><w:pPr><w:rPr><w:ins w:id=\"" + ++ids + "\"" + CHANGE + "/></w:rPr></w:pPr><w:ins w:id=\"" + ++ids + "\""
                + CHANGE + ">" + runs + "</w:ins></w:p>";
    }

    private String control(String content, String properties) {
        return "<w:sdt><w:sdtPr><w:id w:val=\"" + ++ids + "\"/>" + properties + "</w:sdtPr><w:sdtContent>" + content
                + "</w:sdtContent></w:sdt>";
    }

    private String inlineControl(String runs, String properties) {
        return control(runs, "<w:alias w:val=\"Text\"/>" + properties);
    }

    /** A text box as Word 2003 drew it: a VML shape only. */
    private String vmlBox(String content) {
        return "<w:pict><v:shape id=\"Ruta" + ++ids + "\" type=\"#_x0000_t202\" style=\"width:425pt;height:90pt\">"
                + "<v:textbox><w:txbxContent>" + content + "</w:txbxContent></v:textbox></v:shape></w:pict>";
    }

    /** A floating text box in DrawingML only, anchored in its paragraph. */
    private String floatingBox(String content) {
        int id = ++ids;
        return "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"" + id
                + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV"
                + " relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"5400000\""
                + " cy=\"1200000\"/><wp:wrapTopAndBottom/><wp:docPr id=\"" + id + "\" name=\"Textruta " + id + "\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr/>"
                + "<wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:anchor></w:drawing>";
    }

    private static String tableProperties(int width) {
        return "<w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"1800\"/>".repeat(width) + "</w:tblGrid>";
    }

    private static String p(String runs) {
        return paragraphXml(runs);
    }
}

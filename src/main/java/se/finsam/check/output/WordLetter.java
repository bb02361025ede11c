package se.finsam.check.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A letter as a Word document (Apache POI), for kansliet to open, adjust and send. A class of its own so that only
 * a run that writes Word letters loads POI's writing side.
 */
final class WordLetter {

    private WordLetter() {
    }

    static void write(Letter letter, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, letter.sender(), false, false).setAlignment(ParagraphAlignment.RIGHT);
            paragraph(doc, letter.dateLine(), false, false).setAlignment(ParagraphAlignment.RIGHT);
            paragraph(doc, letter.to(), false, false);
            paragraph(doc, letter.subject(), true, false);
            paragraph(doc, letter.greeting(), false, false);
            paragraph(doc, letter.received(), false, false);
            items(doc, letter.toComplete());
            if (!letter.toLook().isEmpty()) {
                paragraph(doc, letter.alsoLook(), false, false);
                items(doc, letter.toLook());
            }
            paragraph(doc, letter.reply(), false, false);
            for (String line : letter.signature()) {
                paragraph(doc, line, false, false).setSpacingAfter(0);
            }
            doc.write(out);
        }
    }

    private static void items(XWPFDocument doc, List<Letter.Item> items) {
        int n = 1;
        for (Letter.Item item : items) {
            XWPFParagraph p = paragraph(doc, n++ + ". " + item.text(), false, false);
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            p.setSpacingAfter(0);
            paragraph(doc, item.where(), false, true).setIndentationLeft(360);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(160);
        XWPFRun run = p.createRun();
        run.setFontFamily("Calibri");
        run.setFontSize(11);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return p;
    }
}

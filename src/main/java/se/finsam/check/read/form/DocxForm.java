package se.finsam.check.read.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word form (.docx) into the neutral representation: each paragraph a line, each table row a row of cells.
 * Lines are numbered in document order (paragraph or table row, from 1); an empty paragraph and the end of a table
 * separate blocks as a blank line does in text.
 */
public final class DocxForm {

    private DocxForm() {
    }

    public static FormText read(String source, InputStream in) throws IOException {
        List<FormLine> lines = new ArrayList<>();
        int number = 0;
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    number++;
                    String text = TextForm.clean(p.getText());
                    if (!text.isEmpty()) {
                        lines.add(new FormLine(number, List.of(new FormLine.Cell(text, false))));
                    }
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        number++;
                        List<FormLine.Cell> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(new FormLine.Cell(TextForm.clean(cell.getText()), false));
                        }
                        FormLine line = FormLine.of(number, cells);
                        if (line != null) {
                            lines.add(line);
                        }
                    }
                    number++;
                }
            }
        }
        return new FormText(source, RepeatedPages.drop(lines));
    }
}

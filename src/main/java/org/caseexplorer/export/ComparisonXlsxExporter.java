package org.caseexplorer.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.comparison.ComparisonRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The comparison as an Excel workbook (.xlsx, Office Open XML), laid out as the CSV is
 * ({@link ComparisonGrid}). Written with fastexcel: every text is a string cell, so nothing in it
 * is ever a formula, and the file says it is Unicode, so Excel, LibreOffice and Numbers all read
 * the Chinese right without asking.
 */
public final class ComparisonXlsxExporter implements ComparisonExporter {

    @Override
    public void write(Comparison comparison, ExportSettings settings, OutputStream out, ExportProgress progress)
            throws IOException {
        ComparisonText text = new ComparisonText(comparison, settings);
        ComparisonGrid grid = new ComparisonGrid(comparison, text);
        // fastexcel finishes the zip but must not close the caller's stream.
        Workbook workbook = new Workbook(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, "Case Explorer", "1.0");
        Worksheet sheet = workbook.newWorksheet("Comparison");
        List<String> header = grid.header();
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, cell(header.get(column)));
            sheet.width(column, column == 0 ? 18 : 36);
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().wrapText(true).set();
        sheet.freezePane(2, 1);
        List<ComparisonRow> rows = comparison.rows();
        int r = 1;
        for (ComparisonRow row : rows) {
            List<Object> cells = grid.row(row);
            for (int column = 0; column < cells.size(); column++) {
                put(sheet, r, column, cells.get(column));
            }
            sheet.range(r, 0, r, cells.size() - 1).style().wrapText(true).verticalAlignment("top").set();
            progress.reached((double) r / (rows.size() + 1));
            r++;
        }
        r++;
        for (List<String> source : grid.sources()) {
            sheet.value(r, 0, cell(source.get(0)));
            sheet.value(r, 1, cell(source.get(1)));
            r++;
        }
        workbook.properties().setTitle(text.title());
        workbook.finish();
        progress.reached(1.0);
    }

    private static void put(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Integer n) {
            sheet.value(row, column, n);
        } else {
            sheet.value(row, column, cell(value.toString()));
        }
    }

    /** Excel's limit for a cell's text; a longer one does not open in Excel. */
    static final int MAX_CELL = 32_767;

    /**
     * {@code text} as a cell holds it: a text over Excel's limit is cut between characters, and
     * says how much is left out (the whole text is in the CSV and the case file).
     */
    static String cell(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        String marker = " … [+%,d characters · 字]";
        int keep = MAX_CELL - String.format(java.util.Locale.ROOT, marker, text.length()).length();
        int end = Character.isLowSurrogate(text.charAt(keep)) ? keep - 1 : keep;
        return text.substring(0, end) + String.format(java.util.Locale.ROOT, marker,
                text.codePointCount(end, text.length()));
    }
}

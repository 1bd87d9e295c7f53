// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1          | '=1+1
            +cmd          | '+cmd
            -2+3          | '-2+3
            @SUM(A1)      | '@SUM(A1)
            plain text    | plain text
            """)
    void formulaPrefixesAreNeutralised(String value, String cell) {
        assertThat(parse(CsvCells.text(value) + "\r\n").getFirst()).containsExactly(cell);
    }

    @Test
    void noPairsCellStartsAFormula() {
        String csv = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("pairs.csv"));

        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows).hasSize(ReportFixture.PAIRS + 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int column = 5; column < row.size(); column++) { // text columns; the first ones are our numbers
                assertThat(row.get(column)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(rows.get(2)).contains("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+cmd|' /C calc'!A0");
        assertThat(rows.get(4)).contains("'-2+3 years");
    }

    @Test
    void numbersStayNumbers() {
        String csv = ReportFiles.read(ReportFiles.write(folder, ReportOptions.defaults()).resolve("pairs.csv"));

        List<String> first = parse(csv.substring(1)).get(1);
        assertThat(first.subList(0, 7)).containsExactly("req-000", "1", "0.7", "0", "regression", "0.6", "0.4");
    }

    /** RFC 4180, enough for the test: quoted cells with doubled quotes and embedded line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

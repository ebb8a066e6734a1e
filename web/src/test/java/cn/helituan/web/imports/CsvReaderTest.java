package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private List<List<String>> records(String csv) throws IOException, ImportFileException {
        return records(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<List<String>> records(byte[] bytes) throws IOException, ImportFileException {
        Path file = Files.write(dir.resolve("test.csv"), bytes);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                assertThat(csv.number()).isEqualTo(records.size() + 1);
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void splitsFieldsAndRecords() throws Exception {
        assertThat(records("a,b,c\r\nd,e,f\r\n")).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
        assertThat(records("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(records("a,b\rc,d\r")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(records("a,,\n\n,b")).containsExactly(List.of("a", "", ""), List.of(""), List.of("", "b"));
        assertThat(records("")).isEmpty();
    }

    @Test
    void quotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes() throws Exception {
        assertThat(records("\"a,b\",\"c\r\nd\",\"say \"\"hi\"\"\",\"\"\r\nnext"))
                .containsExactly(List.of("a,b", "c\r\nd", "say \"hi\"", ""), List.of("next"));
    }

    @Test
    void isLenientWithStrayQuotesAsExcelIs() throws Exception {
        assertThat(records("5\"3,\"ab\"cd,x\n")).containsExactly(List.of("5\"3", "abcd", "x"));
        assertThat(records("a,\"unterminated\nb,c")).containsExactly(List.of("a", "unterminated\nb,c"));
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        assertThat(records("\uFEFF姓名,性别")).containsExactly(List.of("姓名", "性别"));
        assertThat(records("\uFEFF")).isEmpty();
    }

    @Test
    void tellsUtf8FromGbk() throws Exception {
        Path utf8 = Files.write(dir.resolve("utf8.csv"), "姓名,张三".getBytes(StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.csv"), "姓名,张三".getBytes(Charset.forName("GBK")));
        Path ascii = Files.write(dir.resolve("ascii.csv"), "name,zhang".getBytes(StandardCharsets.US_ASCII));

        assertThat(CsvReader.charset(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvReader.charset(gbk)).isEqualTo(CsvReader.GB18030);
        assertThat(CsvReader.charset(ascii)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(records("姓名,张三".getBytes(Charset.forName("GBK")))).containsExactly(List.of("姓名", "张三"));
    }

    @Test
    void aRunawayRecordIsCorrupt() throws Exception {
        String runaway = "a,\"" + "x".repeat(CsvReader.MAX_RECORD_CHARS + 10);
        assertThatThrownBy(() -> records(runaway)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.corrupt"));

        String wide = ",".repeat(CsvReader.MAX_FIELDS + 1);
        assertThatThrownBy(() -> records(wide)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.corrupt"));
        assertThat(records(",".repeat(CsvReader.MAX_FIELDS - 1)).get(0)).hasSize(CsvReader.MAX_FIELDS);
    }
}

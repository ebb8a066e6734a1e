package cn.helituan.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.web.imports.ImportTemplate.TemplateColumn;
import cn.helituan.web.imports.ImportTemplate.TemplateSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

    private static final List<String> POSITIONS = List.of("第一书记", "工作队员");

    private static XSSFWorkbook write(List<TemplateSheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(sheets, "无效的值", "请从下拉列表中选择。", out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<TemplateSheet> twoSheets(List<String> units) {
        TemplateSheet members = new TemplateSheet("队员", "每行一名队员；带红字表头的列必填。", List.of(
                TemplateColumn.text("姓名", true, "与身份证一致"),
                new TemplateColumn("身份证号", true, List.of(), "18 位", 24),
                TemplateColumn.choice("职务", true, POSITIONS, null),
                TemplateColumn.choice("派出单位", false, units, "选择派出单位"),
                TemplateColumn.text("备注", false, null)),
                List.of(List.of("张三", "110101199001011234", "第一书记", units.get(0), "")));
        TemplateSheet villages = new TemplateSheet("村", null, List.of(
                TemplateColumn.text("村名", true, null),
                TemplateColumn.choice("类型", false, List.of("脱贫村", "其他"), "")),
                List.of(List.of("张家村", "脱贫村"), List.of("李家村")));
        return List.of(members, villages);
    }

    /** The cell texts a list validation's formula refers to. */
    private static List<String> choicesOf(XSSFWorkbook workbook, XSSFDataValidation validation) {
        String formula = validation.getValidationConstraint().getFormula1();
        AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        XSSFSheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    private static XSSFDataValidation validationOn(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
                .findFirst().orElseThrow();
    }

    @Test
    void headersExamplesAndDropdowns() throws IOException {
        List<String> units = List.of("县委组织部", "县农业农村局");
        try (XSSFWorkbook workbook = write(twoSheets(units))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("队员");
            assertThat(workbook.getSheetName(1)).isEqualTo("村");
            assertThat(workbook.getSheetName(2)).isEqualTo(ImportTemplate.LISTS_SHEET);
            assertThat(workbook.isSheetHidden(2)).isTrue();
            assertThat(workbook.isSheetHidden(0)).isFalse();
            assertThat(workbook.getActiveSheetIndex()).isZero();

            XSSFSheet members = workbook.getSheet("队员");
            List<String> headers = new ArrayList<>();
            members.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("姓名", "身份证号", "职务", "派出单位", "备注");
            assertThat(members.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张三");
            assertThat(members.getRow(1).getCell(1).getStringCellValue()).isEqualTo("110101199001011234");
            assertThat(members.getRow(1).getCell(3).getStringCellValue()).isEqualTo("县委组织部");
            assertThat(members.getLastRowNum()).isEqualTo(1);

            // header style: bold, filled, required ones red
            XSSFCell name = members.getRow(0).getCell(0);
            XSSFCell remark = members.getRow(0).getCell(4);
            XSSFFont required = name.getCellStyle().getFont();
            XSSFFont optional = remark.getCellStyle().getFont();
            assertThat(required.getBold()).isTrue();
            assertThat(optional.getBold()).isTrue();
            assertThat(required.getXSSFColor().getRGB()).containsExactly(0xFF, 0x00, 0x00);
            assertThat(optional.getXSSFColor()).isNull();
            assertThat(name.getCellStyle().getFillForegroundXSSFColor()).isNotNull();

            // frozen header, widths (explicit and CJK-aware auto)
            PaneInformation pane = members.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(members.getColumnWidth(1)).isEqualTo(24 * 256);
            assertThat(members.getColumnWidth(3)).isGreaterThanOrEqualTo(ImportTemplate.displayWidth("县农业农村局") * 256);

            // comments: A1 has the note and the hint, others their hint, none without a hint
            assertThat(name.getCellComment().getString().getString())
                    .isEqualTo("每行一名队员；带红字表头的列必填。\n\n与身份证一致");
            assertThat(name.getCellComment().getAuthor()).isEqualTo("合力团");
            assertThat(members.getRow(0).getCell(3).getCellComment().getString().getString()).isEqualTo("选择派出单位");
            assertThat(members.getRow(0).getCell(2).getCellComment()).isNull();
            assertThat(remark.getCellComment()).isNull();

            // dropdowns on the enumerated columns only, rows 2..10000, STOP with the caller's texts
            assertThat(members.getDataValidations()).hasSize(2);
            XSSFDataValidation position = validationOn(members, 2);
            assertThat(position.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(position.getValidationConstraint().getFormula1()).contains("'_lists'!");
            assertThat(position.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(choicesOf(workbook, position)).isEqualTo(POSITIONS);
            CellRangeAddress range = position.getRegions().getCellRangeAddresses()[0];
            assertThat(range.formatAsString()).isEqualTo("C2:C10000");
            assertThat(position.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(position.getShowErrorBox()).isTrue();
            assertThat(position.getErrorBoxTitle()).isEqualTo("无效的值");
            assertThat(position.getErrorBoxText()).isEqualTo("请从下拉列表中选择。");
            assertThat(members.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown())
                    .as("OOXML showDropDown=1 hides the arrow").isFalse();
            assertThat(choicesOf(workbook, validationOn(members, 3))).isEqualTo(units);

            XSSFSheet villages = workbook.getSheet("村");
            assertThat(villages.getRow(0).getCell(0).getStringCellValue()).isEqualTo("村名");
            assertThat(villages.getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型");
            assertThat(villages.getRow(2).getCell(0).getStringCellValue()).isEqualTo("李家村");
            assertThat(villages.getRow(2).getCell(1)).isNull();
            assertThat(villages.getRow(0).getCell(0).getCellComment()).isNull();
            assertThat(villages.getRow(0).getCell(1).getCellComment()).isNull();
            assertThat(choicesOf(workbook, validationOn(villages, 1))).containsExactly("脱贫村", "其他");
        }
    }

    @Test
    void aLongChoiceListGoesOnTheHiddenSheet() throws IOException {
        List<String> units = IntStream.rangeClosed(1, 300).mapToObj(i -> "第" + i + "派出单位（县直机关）").toList();
        assertThat(String.join(",", units).length()).isGreaterThan(255);
        try (XSSFWorkbook workbook = write(twoSheets(units))) {
            XSSFDataValidation validation = validationOn(workbook.getSheet("队员"), 3);
            assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("'_lists'!$B$1:$B$300");
            assertThat(choicesOf(workbook, validation)).isEqualTo(units);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("_lists"))).isTrue();
        }
    }

    @Test
    void identicalListsShareAColumnAndNoChoicesMeansNoListsSheet() throws IOException {
        TemplateSheet a = new TemplateSheet("甲", "", List.of(TemplateColumn.choice("是否", false, List.of("是", "否"), null)),
                List.of());
        TemplateSheet b = new TemplateSheet("乙", "", List.of(TemplateColumn.choice("是否", false, List.of("是", "否"), null)),
                List.of());
        try (XSSFWorkbook workbook = write(List.of(a, b))) {
            assertThat(workbook.getSheet("甲").getDataValidations().get(0).getValidationConstraint().getFormula1())
                    .isEqualTo("'_lists'!$A$1:$A$2");
            assertThat(workbook.getSheet("乙").getDataValidations().get(0).getValidationConstraint().getFormula1())
                    .isEqualTo("'_lists'!$A$1:$A$2");
        }
        TemplateSheet plain = new TemplateSheet("名单", "说明", List.of(TemplateColumn.text("姓名", true, null)), null);
        try (XSSFWorkbook workbook = write(List.of(plain))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getDataValidations()).isEmpty();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("说明");
        }
    }

    @Test
    void theListsSheetNameIsReserved() {
        assertThatThrownBy(() -> new TemplateSheet("_lists", null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cjkCountsDouble() {
        assertThat(ImportTemplate.displayWidth("ab")).isEqualTo(2);
        assertThat(ImportTemplate.displayWidth("姓名")).isEqualTo(4);
        assertThat(ImportTemplate.displayWidth("（A）")).isEqualTo(5);
    }
}

package cn.helituan.app.imports;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.dashboard.DashboardService;
import cn.helituan.domain.dashboard.Outcomes;
import cn.helituan.domain.dashboard.Period;
import cn.helituan.domain.imports.ImportColumn;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.web.imports.ImportFiles;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity ledger import (台账导入, issue 20): the export imports back unchanged; a messy ledger (dates and amounts
 * as people type them, merged cells) reads right; figures in words and a total row are refused with their own
 * messages; a group outside the uploader's scope is refused; and what a ledger brings in is what the dashboard counts.
 */
class ActivityLedgerImportTest extends FullStackTest {

    private static final List<String> HEADERS = List.of("活动日期", "活动类型", "活动名称", "合力小组", "帮扶对象", "状态",
            "确认人", "确认日期", "参加成员", "落实资金（元）", "培训（场次）", "培训人数", "销售农产品（元）", "受益人数");
    private static final String TEA_PATH = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP;
    private static final Scope WHOLE = new Scope(null, "admin", Role.ORG_ADMIN, null, null, null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportFiles files;
    @Autowired
    DashboardService dashboards;
    @Autowired
    MessageSource messages;
    @Autowired
    Relationships relationships;
    @Autowired
    Memberships memberships;
    @TempDir
    Path temp;

    @Test
    void theExportImportsBackUnchangedAndAChangedFigureUpdatesWithHistory() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        byte[] export = mvc.perform(get("/activities/export?unit=" + tea).with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        int rows;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            rows = book.getSheetAt(0).getLastRowNum();
            List<String> headers = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).as("the export's columns are the ledger import's, but the plan task")
                    .isEqualTo(ImportKind.ACTIVITIES.columns().stream().map(ImportColumn::key)
                            .filter(key -> !key.equals("task"))
                            .map(key -> messages.getMessage("import.column.ACTIVITIES." + key, null, Locale.CHINA))
                            .toList());
        }
        assertThat(rows).as("the demo's tea group has activities").isPositive();
        long before = count();
        Path file = temp.resolve("export.xlsx");
        Files.write(file, export);
        ImportRecord checked = files.uploadAndCheck(WHOLE, "帮扶活动.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).isEmpty();
        assertThat(tally(checked.getId())).as("every exported row, unchanged").containsExactly(0, 0, rows, 0);
        assertThat(files.confirm(WHOLE, checked.getId()).getStatus().name()).isEqualTo("IMPORTED");
        assertThat(count()).isEqualTo(before);

        // a figure changed in the exported file updates that activity, and its history says so
        long changedId;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = book.getSheetAt(0);
            int idColumn = column(sheet, "编号");
            int others = column(sheet, "其他参加人数");
            Row first = sheet.getRow(1);
            changedId = (long) first.getCell(idColumn).getNumericCellValue();
            first.getCell(others).setCellValue(first.getCell(others).getNumericCellValue() + 7);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        int othersBefore = jdbc.queryForObject("select other_participants from activity where id = ?", Integer.class,
                changedId);
        ImportRecord edited = files.uploadAndCheck(WHOLE, "帮扶活动.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(tally(edited.getId())).containsExactly(0, 1, rows - 1, 0);
        files.confirm(WHOLE, edited.getId());
        assertThat(jdbc.queryForObject("select other_participants from activity where id = ?", Integer.class,
                changedId)).isEqualTo(othersBefore + 7);
        assertThat(jdbc.queryForObject("""
                select count(*) from record_history where entity_type = 'Activity' and entity_id = ?
                  and field = 'otherParticipants' and new_value = ?""", Long.class, changedId,
                String.valueOf(othersBefore + 7))).isEqualTo(1);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMessyLedgerReadsRightAndTheDashboardEqualsItsSums() throws Exception {
        int year = 2019;
        Scope team = new Scope(null, "admin", Role.ORG_ADMIN, unit(Demo.TEAM), path(unit(Demo.TEAM)), null, null);
        assertThat(dashboards.dashboard(team, Period.year(year)).outcomes().reported())
                .as("a year with no activities").isZero();
        long tea = unit(Demo.TEA_GROUP);
        List<AssistedObject> paired = relationships.activeObjectsOf(tea);
        List<Member> members = memberships.currentMembersOf(tea);
        String object = paired.get(0).getCode() + " " + paired.get(0).getName();
        String both = paired.size() > 1 ? object + "、" + paired.get(1).getCode() : object;
        String people = members.get(0).getName() + " " + members.get(0).getMobile()
                + (members.size() > 1 ? "，" + members.get(1).getMobile() : "");

        List<List<Object>> ledger = new ArrayList<>();
        // dates as text in four notations and as an Excel serial number; amounts with 万元/元 and separators
        ledger.add(row("2019年6月1日", "资金落实", "落实产业扶持资金", TEA_PATH, object, "已上报", "", "", people,
                "1.5万元", "", "", "", ""));
        ledger.add(row("2019.6.2", "技能培训", "茶园管护培训", "", both, "已确认", "李书记", "2019/6/5", "",
                "", "2次", "35人", "", ""));
        ledger.add(row("2019/6/3", "消费帮扶", "春茶直播带货", "", object, "", "", "", "", "", "", "", "12,000元",
                "120"));
        ledger.add(row("2019-06-04", "资金落实", "落实道路硬化资金", "", object, "已上报", "", "", "", "¥8,000.50", "", "",
                "", ""));
        ledger.add(row(43626.0, "技能培训", "电商技能培训", TEA_PATH, object, "已上报", "", "", "", "", "1", "20", "",
                ""));
        Path file = ledger(ledger, List.of(new CellRangeAddress(1, 4, 3, 3)), true);

        ImportRecord withTotal = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(withTotal.getId())).as("the total row at the bottom, and only it")
                .containsExactly("帮扶活动!7:occurredOn:import.activity.totalRow");

        file = ledger(ledger, List.of(new CellRangeAddress(1, 4, 3, 3)), false);
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).isEmpty();
        assertThat(tally(checked.getId())).containsExactly(5, 0, 0, 0);
        files.confirm(WHOLE, checked.getId());

        assertThat(jdbc.queryForList("""
                select a.occurred_on::text || ' ' || coalesce(a.funds_secured::text, '-') || ' '
                  || coalesce(a.produce_sold::text, '-') || ' ' || coalesce(a.people_trained::text, '-')
                from activity a join unit g on g.id = a.group_id
                where g.id = ? and extract(year from a.occurred_on) = ? order by a.occurred_on""", String.class, tea,
                year)).as("every date and amount read as meant, the merged group on every row").containsExactly(
                "2019-06-01 15000.00 - -", "2019-06-02 - - 35", "2019-06-03 - 12000.00 -",
                "2019-06-04 8000.50 - -", "2019-06-10 - - 20");
        assertThat(jdbc.queryForMap("""
                select status, paper_confirmed_by, paper_confirmed_on::text as on from activity
                where group_id = ? and title = '茶园管护培训' and occurred_on = '2019-06-02'""", tea))
                .as("confirmed on paper: imported words, not the objects' confirmation")
                .containsEntry("status", "REPORTED").containsEntry("paper_confirmed_by", "李书记")
                .containsEntry("on", "2019-06-05");
        long paperId = jdbc.queryForObject("select id from activity where group_id = ? and title = '茶园管护培训'"
                + " and occurred_on = '2019-06-02'", Long.class, tea);
        assertThat(mvc.perform(get("/activities/" + paperId).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains("纸质台账已确认（导入）：李书记 2019-06-05");

        // the dashboard of that year equals the ledger's sums: imported activities feed the tallies as logged ones
        Outcomes outcomes = dashboards.dashboard(team, Period.year(year)).outcomes();
        assertThat(outcomes.reported()).isEqualTo(5);
        assertThat(outcomes.confirmed()).as("paper confirmations count as reported").isZero();
        assertThat(outcomes.reported(Figure.FUNDS_SECURED)).isEqualByComparingTo(new BigDecimal("23000.50"));
        assertThat(outcomes.reported(Figure.TRAININGS_HELD)).isEqualByComparingTo("3");
        assertThat(outcomes.reported(Figure.PEOPLE_TRAINED)).isEqualByComparingTo("55");
        assertThat(outcomes.reported(Figure.PRODUCE_SOLD)).isEqualByComparingTo("12000");
        assertThat(outcomes.reported(Figure.BENEFICIARIES)).isEqualByComparingTo("120");

        // the tallies, counted once at the import's commit (V37), equal a recount of the activities, unit by unit
        for (long unit : List.of(tea, unit(Demo.INDUSTRY), unit(Demo.TEAM))) {
            assertThat(jdbc.queryForList("""
                    select month::text || ' ' || reported || ' ' || funds_secured_reported::numeric(20,2) || ' '
                      || people_trained_reported::numeric(20,0) from activity_tally
                    where unit_id = ? and month >= '2019-01-01' and month < '2020-01-01' and reported <> 0
                    order by month""", String.class, unit)).as("unit %d", unit).isEqualTo(jdbc.queryForList("""
                    select date_trunc('month', a.occurred_on)::date::text || ' ' || count(*) || ' '
                      || coalesce(sum(a.funds_secured), 0)::numeric(20,2) || ' '
                      || coalesce(sum(a.people_trained), 0)::numeric(20,0)
                    from activity a join unit g on g.id = a.group_id join unit u on g.path like u.path || '%'
                    where u.id = ? and a.status <> 'WITHDRAWN' and a.occurred_on >= '2019-01-01'
                      and a.occurred_on < '2020-01-01'
                    group by date_trunc('month', a.occurred_on) order by date_trunc('month', a.occurred_on)""",
                    String.class, unit));
        }

        // the same file again changes nothing
        ImportRecord again = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(tally(again.getId())).containsExactly(0, 0, 5, 0);

        // the export writes the paper confirmation as the product's status 已上报 with who and when; it reads back
        byte[] export = mvc.perform(get("/activities/export?unit=" + tea).with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        int exported;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = book.getSheetAt(0);
            exported = sheet.getLastRowNum();
            int title = column(sheet, "活动名称");
            int status = column(sheet, "状态");
            int by = column(sheet, "确认人");
            Row paperRow = null;
            for (Row r : sheet) {
                if ("茶园管护培训".equals(r.getCell(title).getStringCellValue())) {
                    paperRow = r;
                }
            }
            assertThat(paperRow).isNotNull();
            assertThat(paperRow.getCell(status).getStringCellValue()).isEqualTo("已上报");
            assertThat(paperRow.getCell(by).getStringCellValue()).isEqualTo("李书记");
        }
        Path exportFile = temp.resolve("paper.xlsx");
        Files.write(exportFile, export);
        ImportRecord back = files.uploadAndCheck(WHOLE, "帮扶活动.xlsx", exportFile, ImportKind.ACTIVITIES);
        assertThat(problems(back.getId())).isEmpty();
        assertThat(tally(back.getId())).containsExactly(0, 0, exported, 0);
    }

    @Test
    void figuresInWordsAFigureTheTypeDoesNotAskForAndAGroupOutsideTheScopeAreRefused() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        String object = relationships.activeObjectsOf(tea).get(0).getCode();
        Path file = ledger(List.of(
                row("2020-03-01", "资金落实", "落实资金", TEA_PATH, object, "", "", "", "", "三万元", "", "", "", ""),
                row("2020-03-02", "技能培训", "培训", TEA_PATH, object, "", "", "", "", "", "五十", "", "", ""),
                row("2020-03-03", "资金落实", "落实资金二", TEA_PATH, object, "", "", "", "", "5000", "1", "", "", ""),
                row("2020-03-04", "技能培训", "无人确认", TEA_PATH, object, "已确认", "", "", "", "", "1", "", "", "")),
                List.of(), false);
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).containsExactly("帮扶活动!2:fundsSecured:import.cell.numberInWords",
                "帮扶活动!3:trainingsHeld:import.cell.numberInWords",
                "帮扶活动!4:trainingsHeld:import.activity.figureNotAsked",
                "帮扶活动!5:confirmedBy:import.activity.confirmerRequired");


        // the error workbook marks the cell in words, with its message
        byte[] marked = mvc.perform(get("/imports/" + checked.getId() + "/errors").with(admin())).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            Sheet ledger = errors.getSheet("帮扶活动");
            assertThat(ledger.getRow(1).getCell(9).getCellComment().getString().getString())
                    .contains("三万元", "阿拉伯数字");
            assertThat(ledger.getRow(1).getCell(9).getStringCellValue()).isEqualTo("三万元");
        }

        // an org admin whose scope is the industry sub-team cannot import into the welfare side
        long industry = unit(Demo.INDUSTRY);
        Scope narrow = new Scope(null, "admin", Role.ORG_ADMIN, industry, path(industry), null, null);
        long medical = unit(Demo.MEDICAL_GROUP);
        String medicalPath = Demo.TEAM + "/" + Demo.WELFARE + "/" + Demo.MEDICAL_GROUP;
        String medicalObject = relationships.activeObjectsOf(medical).get(0).getCode();
        Path outside = ledger(List.<List<Object>>of(row("2020-03-05", "义诊", "送医下乡", medicalPath, medicalObject,
                "", "", "", "", "", "", "", "", "")), List.of(), false);
        ImportRecord refused = files.uploadAndCheck(narrow, "台账.xlsx", outside, ImportKind.ACTIVITIES);
        assertThat(problems(refused.getId())).containsExactly("帮扶活动!2:group:import.activity.groupUnknown");
    }

    @Test
    void aZeroNotAskedForIsBlankAndSeparatorsOnlyOrAWrongConfirmationDateAreRefused() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        String object = relationships.activeObjectsOf(tea).get(0).getCode();
        Path file = ledger(List.of(
                row("2020-04-01", "技能培训", "零也写上", TEA_PATH, object, "", "", "", "", "0", "1", "0", "0", "0"),
                row("2020-04-02", "技能培训", "只有顿号", TEA_PATH, "、", "", "", "", "", "", "1", "", "", ""),
                row("2020-04-03", "技能培训", "确认在前", TEA_PATH, object, "已确认", "李书记", "2020-04-01", "", "", "1",
                        "", "", ""),
                row("2020-04-04", "技能培训", "确认在后", TEA_PATH, object, "已确认", "李书记", "2099-01-01", "", "", "1",
                        "", "", ""),
                row("2020-04-05", "资金落实", "三位小数", TEA_PATH, object, "", "", "", "", "1.234万元", "", "", "", ""),
                row("2020-04-06", "资金落实", "小数太多", TEA_PATH, object, "", "", "", "", "100.005", "", "", "", ""),
                row("2020-04-07", "资金落实", "超出范围", TEA_PATH, object, "", "", "", "", "1e30", "", "", "", "")),
                List.of(), false);
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).containsExactlyInAnyOrder("帮扶活动!3:objects:activity.objects.required",
                "帮扶活动!4:confirmedOn:import.activity.confirmedOnInvalid",
                "帮扶活动!5:confirmedOn:import.activity.confirmedOnInvalid",
                "帮扶活动!7:fundsSecured:import.cell.decimalScale",
                "帮扶活动!8:fundsSecured:import.cell.decimal");
        assertThat(jdbc.queryForObject("select count(*) from activity where title = '零也写上'", Long.class))
                .as("a check writes nothing").isZero();
    }

    @Test
    void aHeaderInTenThousandYuanIsNotTakenForYuan() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        String object = relationships.activeObjectsOf(tea).get(0).getCode();
        Path file = Files.createTempFile(temp, "wan", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("帮扶活动");
            List<String> headers = List.of("活动日期", "活动类型", "活动名称", "合力小组", "帮扶对象", "落实资金(万元)");
            List<String> cells = List.of("2020-05-01", "资金落实", "落实资金", TEA_PATH, object, "150");
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                row.createCell(c).setCellValue(cells.get(c));
            }
            book.write(out);
        }
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).as("150 under 万元 is never stored as 150 元")
                .containsExactly("帮扶活动!1:-:import.header.unknown");
    }

    @Test
    void aTitleAndDescriptionTypedOnTheFormReimportUnchangedAndStayConfirmedWithOrWithoutTheIdColumn()
            throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        long confirmed = jdbc.queryForObject("""
                select id from activity where group_id = ? and status = 'CONFIRMED' order by id limit 1""", Long.class,
                tea);
        // as typed on the form: full-width digits, a Windows line break and a blank line
        jdbc.update("update activity set title = ?, description = ? where id = ?", "２０２３年春耕培训",
                "第一段\r\n\r\n第二段", confirmed);
        // the export of that activity's day only: other tests of this context log activities in the same group, and
        // two activities alike in group, day, title and first object cannot be told apart without their id
        LocalDate day = jdbc.queryForObject("select occurred_on from activity where id = ?", LocalDate.class,
                confirmed);
        byte[] export = mvc.perform(get("/activities/export?unit=" + tea + "&from=" + day + "&to=" + day)
                .with(admin())).andReturn().getResponse().getContentAsByteArray();
        int rows;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            rows = book.getSheetAt(0).getLastRowNum();
        }
        long before = count();
        Path file = temp.resolve("typed.xlsx");
        Files.write(file, export);
        ImportRecord checked = files.uploadAndCheck(WHOLE, "帮扶活动.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).isEmpty();
        assertThat(tally(checked.getId())).as("every row unchanged").containsExactly(0, 0, rows, 0);
        files.confirm(WHOLE, checked.getId());
        assertThat(jdbc.queryForObject("select status from activity where id = ?", String.class, confirmed))
                .as("the village's confirmation stands").isEqualTo("CONFIRMED");

        // without the id column: the same activities are found by group, day, title and first object
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = book.getSheetAt(0);
            int idColumn = column(sheet, "编号");
            for (Row row : sheet) {
                Cell cell = row.getCell(idColumn);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        ImportRecord noId = files.uploadAndCheck(WHOLE, "帮扶活动.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(tally(noId.getId())).as("no duplicate").containsExactly(0, 0, rows, 0);
        files.confirm(WHOLE, noId.getId());
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from activity where id = ?", String.class, confirmed))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aFigureMergedOverThreeRowsIsRefusedOnTheLowerRows() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        String object = relationships.activeObjectsOf(tea).get(0).getCode();
        Path file = ledger(List.of(
                row("2020-06-01", "资金落实", "合并一", TEA_PATH, object, "", "", "", "", "30000", "", "", "", ""),
                row("2020-06-02", "资金落实", "合并二", "", object, "", "", "", "", "", "", "", "", ""),
                row("2020-06-03", "资金落实", "合并三", "", object, "", "", "", "", "", "", "", "", "")),
                List.of(new CellRangeAddress(1, 3, 9, 9), new CellRangeAddress(1, 3, 3, 3)), false);
        long before = count();
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(problems(checked.getId())).as("the merged group fills; the merged figure is refused")
                .containsExactlyInAnyOrder("帮扶活动!3:fundsSecured:import.cell.mergedNumber",
                        "帮扶活动!4:fundsSecured:import.cell.mergedNumber");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theTemplateOffersTheTypesAndTheTwoStatuses() throws Exception {
        byte[] xlsx = mvc.perform(get("/imports/template").param("kind", "ACTIVITIES").with(admin())).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("帮扶活动");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("活动日期", "活动类型", "合力小组", "帮扶对象", "状态", "确认人", "确认日期",
                    "落实资金（元）", "编号", "计入任务");
            List<String> lists = new ArrayList<>();
            book.getSheet("_lists").forEach(row -> row.forEach(cell -> lists.add(cell.getStringCellValue())));
            assertThat(lists).contains("技能培训", "资金落实", "已上报", "已确认").doesNotContain("有异议", "已撤回");
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    /** A ledger as departments keep it: a title row, the headers, the rows, merges, and perhaps a total row. */
    private Path ledger(List<List<Object>> rows, List<CellRangeAddress> merges, boolean total) throws Exception {
        Path file = Files.createTempFile(temp, "ledger", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("帮扶活动");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double d) {
                        // an Excel serial day, as a number without a date format
                        row.createCell(c).setCellValue(d);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            merges.forEach(sheet::addMergedRegion);
            if (total) {
                Row sum = sheet.createRow(rows.size() + 1);
                sum.createCell(0).setCellValue("合  计");
                sum.createCell(9).setCellValue("23000.5");
            }
            book.write(out);
        }
        return file;
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private long unit(String name) {
        return jdbc.queryForObject("select id from unit where name = ? and not archived order by id limit 1",
                Long.class, name);
    }

    private String path(long unit) {
        return jdbc.queryForObject("select path from unit where id = ?", String.class, unit);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from activity", Long.class);
    }

    private List<String> problems(long id) {
        return jdbc.queryForList("""
                select p.sheet || '!' || p.row_number || ':' || coalesce(p.column_key, '-') || ':' || p.message_key
                from import_problem p join import_record r on r.id = p.record_id and r.pass = p.pass
                where r.id = ? order by p.id""", String.class, id);
    }

    private List<Integer> tally(long id) {
        return jdbc.queryForObject("""
                select sum(t.created)::int, sum(t.updated)::int, sum(t.unchanged)::int, sum(t.problems)::int
                from import_tally t join import_record r on r.id = t.record_id and r.pass = t.pass
                where r.id = ? and t.kind = 'ACTIVITIES'""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), id);
    }
}

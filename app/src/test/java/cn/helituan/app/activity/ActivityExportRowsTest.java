package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityLine;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The activity export reads its rows as columns in one statement (ActivityExports), no longer as entities: for
 * filtered lists it writes exactly the rows the entity path writes — the list's own rows in its order, each cell the
 * same text or number, a missing value an empty cell — as the organization department and as a village's first
 * secretary (who gets members' names without mobiles and the group's own name).
 */
class ActivityExportRowsTest extends ActivityTestBase {

    /** The export's columns, as the ledger import's headers name them (ActivityExportController.COLUMNS). */
    private static final List<String> COLUMNS = List.of("occurredOn", "type", "title", "group", "objects", "status",
            "members", "otherParticipants", "place", "fundsSecured", "projectsIntroduced", "technologiesPromoted",
            "trainingsHeld", "peopleTrained", "beneficiaries", "peopleEmployed", "produceSold", "donations",
            "patientsSeen", "projectNames", "description", "id", "confirmedBy", "confirmedOn");
    private static final int MEMBERS = COLUMNS.indexOf("members");

    @Autowired
    ActivityListing listing;
    @Autowired
    AccountService accounts;
    @Autowired
    UnitService units;
    @Autowired
    Formats formats;
    @Autowired
    Exports exports;
    @Autowired
    MessageSource messages;

    private LocalDate day;
    private String prefix;

    /**
     * Activities of the tea group on a day of their own: two objects, figures of money and counts, a place or none,
     * members or none, a paper confirmation, one confirmed, one withdrawn (listed only when asked for).
     */
    @BeforeEach
    void activities() {
        day = LocalDate.of(2001, 1, 1).plusDays(jdbc.queryForObject("select count(*) from activity", Long.class)
                % 3000);
        prefix = unique("导出核对");
        long enterprise = objectId("DEMO-007");
        long a = activity(prefix + "甲", "REPORTED", "12500.50", 30, "青山村村委会", qingshan, enterprise);
        jdbc.update("update activity set paper_confirmed_by = '李书记', paper_confirmed_on = ?,"
                + " project_names = '茶园提升、冷库', description = '第一行\n第二行' where id = ?", day, a);
        members(a, 3);
        long b = activity(prefix + "乙", "CONFIRMED", null, 0, null, qingshan);
        members(b, 0);
        long c = activity(prefix + "丙", "WITHDRAWN", "100", 5, "茶厂", enterprise);
        members(c, 1);
    }

    private long activity(String title, String status, String funds, int beneficiaries, String place,
                          long... objects) {
        long id = jdbc.queryForObject("""
                insert into activity (group_id, type_id, occurred_on, title, status, funds_secured, beneficiaries,
                                      other_participants, place, created_at, created_by)
                values (?, ?, ?, ?, ?, ?::numeric, ?, 2, ?, now(), 'leader') returning id""", Long.class, tea,
                visitType, day, title, status, funds, beneficiaries == 0 ? null : beneficiaries, place);
        for (long object : objects) {
            jdbc.update("""
                    insert into activity_object (activity_id, object_id, status, created_at, created_by)
                    values (?, ?, ?, now(), 'leader')""", id, object,
                    "WITHDRAWN".equals(status) ? "REPORTED" : status);
        }
        return id;
    }

    private void members(long activity, int count) {
        jdbc.update("""
                insert into activity_member (activity_id, member_id)
                select ?, s.member_id from membership s where s.unit_id = ? and s.left_on is null
                order by s.member_id desc limit ?""", activity, tea, count);
    }

    @Test
    void theExportWritesWhatTheEntityPathWroteForTheListsFilters() throws Exception {
        long subTeam = jdbc.queryForObject("select parent_id from unit where id = ?", Long.class, tea);
        String period = "&from=" + day + "&to=" + day;

        List<List<String>> ofSubTeam = exported("/activities/export?unit=" + subTeam + period, ADMIN);
        assertThat(ofSubTeam).as("the list's rows: the withdrawn one left out").hasSize(3)
                .isEqualTo(entityPath("admin", new ActivityQuery(day, day, null, null, subTeam, null, null)));
        assertThat(ofSubTeam.get(1)).as("the header row, then the day's activities by id, latest first")
                .contains("s:" + prefix + "乙");
        assertThat(ofSubTeam.get(2)).contains("s:" + prefix + "甲", "n:12500.5", "n:30", "s:李书记",
                "s:" + day, "s:茶园提升、冷库", "s:第一行\n第二行", "s:青山村村委会");

        List<List<String>> withdrawn = exported("/activities/export?status=WITHDRAWN&unit=" + tea + period, ADMIN);
        assertThat(withdrawn).hasSize(2).isEqualTo(entityPath("admin",
                new ActivityQuery(day, day, null, ActivityStatus.WITHDRAWN, tea, null, null)));
        assertThat(withdrawn.get(1)).contains("s:" + prefix + "丙");

        List<List<String>> confirmed = exported("/activities/export?status=CONFIRMED", ADMIN);
        assertThat(confirmed).as("every confirmed activity of the demo county").hasSizeGreaterThan(2)
                .isEqualTo(entityPath("admin", ActivityQuery.ofStatus(ActivityStatus.CONFIRMED)));

        List<List<String>> village = exported("/activities/export?kind=VILLAGE" + period, SECRETARY);
        assertThat(village).as("the village's own: the activities covering 青山村").hasSize(3)
                .isEqualTo(entityPath("secretary", new ActivityQuery(day, day, null, null, null, null,
                        AssistedKind.VILLAGE)));
    }

    /** The export's rows (the header row first), each cell "s:" text, "n:" number or "" when there is none. */
    private List<List<String>> exported(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                result.getResponse().getContentAsByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? "n:" + number(cell.getNumericCellValue()) : "s:" + cell.getStringCellValue());
                }
                rows.add(members(cells));
            }
        }
        return rows;
    }

    /**
     * The rows as the export wrote them from entities before (ActivityListing.lines and the controller's former
     * row), under the same header row.
     */
    private List<List<String>> entityPath(String username, ActivityQuery query) {
        Scope scope = accounts.scopeOf(username).orElseThrow();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        Map<Long, String> names = scope.canReadRoster() ? units.names(scope) : Map.of();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        COLUMNS.forEach(key -> header.add("s:" + messages.getMessage("import.column.ACTIVITIES." + key, null,
                locale)));
        rows.add(header);
        for (ActivityLine line : listing.lines(scope, query, PageRequest.of(0, 10_000), names)) {
            Activity a = line.activity();
            Map<Figure, BigDecimal> figures = a.figures();
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                Object value = switch (column) {
                    case "id" -> a.getId();
                    case "occurredOn" -> a.getOccurredOn();
                    case "type" -> formats.label(a.getType(), locale);
                    case "title" -> a.getTitle();
                    case "group" -> line.groupPath();
                    case "objects" -> String.join("、", line.objectCodes());
                    case "status" -> exports.label(a.getStatus(), locale);
                    case "confirmedBy" -> a.getPaperConfirmedBy();
                    case "confirmedOn" -> a.getPaperConfirmedOn();
                    case "members" -> String.join("、", scope.canReadRoster() ? line.memberMobiles() : line.members());
                    case "otherParticipants" -> a.getOtherParticipants();
                    case "place" -> a.getPlace();
                    case "projectNames" -> a.getProjectNames();
                    case "description" -> a.getDescription();
                    default -> figures.get(figure(column));
                };
                cells.add(value == null ? "" : value instanceof Number n ? "n:" + number(n.doubleValue())
                        : "s:" + value);
            }
            rows.add(members(cells));
        }
        return rows;
    }

    /** Members come in no set order from the entities (a set): sorted, to compare them. */
    private static List<String> members(List<String> cells) {
        String text = cells.get(MEMBERS);
        if (text.startsWith("s:") && text.length() > 2) {
            cells.set(MEMBERS, "s:" + String.join("、", new TreeSet<>(List.of(text.substring(2).split("、")))));
        }
        return cells;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Figure figure(String column) {
        for (Figure figure : Figure.values()) {
            if (ActivityLog.fieldOf(figure).equals(column)) {
                return figure;
            }
        }
        throw new IllegalArgumentException(column);
    }
}

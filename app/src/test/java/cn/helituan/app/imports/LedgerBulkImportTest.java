package cn.helituan.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.activity.ActivityDetails;
import cn.helituan.domain.activity.ActivityLedger;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.ActivityTypes;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.activity.LedgerTitles;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Units;
import cn.helituan.web.imports.ImportFiles;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger import's set-based path (COPY, {@code LedgerInserts}): a new activity it writes reads back exactly as
 * one the ledger's entity path saves ({@link ActivityLedger#create}, the form's entity with a paper confirmation):
 * every column, its objects and members, its history entries by the importing user, and the tallies it feeds; the
 * check (rolled back) leaves nothing behind; and the look-up by title key finds a title typed with full-width digits
 * and odd spaces, computed alike in SQL (V47) and Java.
 */
class LedgerBulkImportTest extends FullStackTest {

    private static final String TEA_PATH = Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP;
    private static final Scope WHOLE = new Scope(null, "admin", Role.ORG_ADMIN, null, null, null, null);
    private static final LocalDate DAY = LocalDate.of(2018, 3, 14);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportFiles files;
    @Autowired
    ActivityLedger ledger;
    @Autowired
    ActivityTypes types;
    @Autowired
    Units units;
    @Autowired
    Relationships relationships;
    @Autowired
    Memberships memberships;
    @Autowired
    TransactionTemplate tx;
    @TempDir
    Path temp;

    @BeforeEach
    void signIn() {
        // who JPA auditing stamps (as an import's background job runs: as the user who asked)
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCopiedActivityReadsBackAsOneSavedThroughTheEntityWithItsObjectsMembersHistoryAndTallies() throws Exception {
        long tea = unit(Demo.TEA_GROUP);
        List<AssistedObject> paired = relationships.activeObjectsOf(tea);
        List<Member> current = memberships.currentMembersOf(tea);
        assertThat(paired).as("the tea group's paired objects").hasSizeGreaterThanOrEqualTo(2);
        assertThat(current).as("the tea group's members").hasSizeGreaterThanOrEqualTo(2);
        ActivityType project = types.findAllByOrderByArchivedAscSortOrderAscIdAsc().stream()
                .filter(t -> t.getName().equals("项目引进")).findFirst().orElseThrow();
        // the objects and members in an order that is not their ids' order: the rows keep the ledger's
        List<AssistedObject> served = List.of(paired.get(1), paired.get(0));
        List<Member> went = List.of(current.get(1), current.get(0));
        Map<String, Object> tallyBefore = tally(tea);
        long before = count();

        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.FUNDS_SECURED, new BigDecimal("12345.6"));
        figures.put(Figure.PROJECTS_INTRODUCED, BigDecimal.valueOf(2));
        ActivityDetails details = new ActivityDetails(tea, project.getId(), DAY, "实体保存的对照活动", "茶厂",
                "第一段\n第二段", served.stream().map(AssistedObject::getId).toList(),
                went.stream().map(Member::getId).toList(), 3, figures, "茶叶加工厂", false, null, null);
        long saved = tx.execute(s -> {
            ledger.pass();
            return ledger.create(units.findById(tea).orElseThrow(), types.findById(project.getId()).orElseThrow(),
                    details, served, went, new ActivityLedger.Paper("李书记", DAY.plusDays(1))).getId();
        });

        Path file = ledger(List.of("活动日期", "活动类型", "活动名称", "合力小组", "帮扶对象", "状态", "确认人", "确认日期",
                "参加成员", "其他参加人数", "地点", "落实资金（元）", "引进项目（个）", "引进项目名称", "情况说明"),
                List.of(DAY.toString(), "项目引进", "台账导入的对照活动", TEA_PATH,
                        served.get(0).getCode() + "、" + served.get(1).getCode(), "已确认", "李书记",
                        DAY.plusDays(1).toString(), went.get(0).getMobile() + "，" + went.get(1).getMobile(), "3",
                        "茶厂", "12345.6", "2", "茶叶加工厂", "第一段\n第二段"));
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(checked.getProblems()).isZero();
        assertThat(count()).as("the check writes nothing").isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from activity_tally_settle", Long.class)).isZero();
        assertThat(files.confirm(WHOLE, checked.getId()).getStatus().name()).isEqualTo("IMPORTED");
        assertThat(count()).isEqualTo(before + 2);
        long copied = jdbc.queryForObject("select id from activity where title = '台账导入的对照活动' and group_id = ?",
                Long.class, tea);

        assertThat(activity(copied)).as("every column but id, title and the instants")
                .isEqualTo(activity(saved));
        assertThat(jdbc.queryForMap("""
                select created_by, updated_by, version, status, paper_confirmed_by, paper_confirmed_on::text as on,
                       funds_secured::text as funds, projects_introduced, other_participants, task_id, project_id
                from activity where id = ?""", copied))
                .containsEntry("created_by", "admin").containsEntry("updated_by", "admin")
                .containsEntry("version", 0L).containsEntry("status", "REPORTED")
                .containsEntry("paper_confirmed_by", "李书记").containsEntry("on", DAY.plusDays(1).toString())
                .containsEntry("funds", "12345.60").containsEntry("projects_introduced", 2)
                .containsEntry("other_participants", 3).containsEntry("task_id", null)
                .containsEntry("project_id", null);
        for (long id : List.of(saved, copied)) {
            assertThat(jdbc.queryForObject("select created_at = updated_at from activity where id = ?",
                    Boolean.class, id)).as("created and last changed at one instant").isTrue();
        }
        assertThat(objects(copied)).as("its objects in the ledger's order, reported").isEqualTo(objects(saved))
                .hasSize(2);
        assertThat(jdbc.queryForList("select object_id from activity_object where activity_id = ? order by id",
                Long.class, copied)).containsExactly(served.get(0).getId(), served.get(1).getId());
        assertThat(jdbc.queryForList("""
                select status || ' ' || coalesce(reason, '-') || ' ' || coalesce(decided_by, '-') || ' '
                  || version || ' ' || created_by from activity_object where activity_id = ? order by id""",
                String.class, copied)).containsExactly("REPORTED - - 0 admin", "REPORTED - - 0 admin");
        assertThat(members(copied)).isEqualTo(members(saved)).hasSize(2);
        assertThat(history("Activity", List.of(copied))).as("its CREATED entry, by the importer")
                .isEqualTo(history("Activity", List.of(saved))).containsExactly("CREATED null null null admin true");
        assertThat(history("ActivityObject", objectIds(copied))).isEqualTo(history("ActivityObject", objectIds(saved)))
                .containsExactly("CREATED null null null admin true", "CREATED null null null admin true");

        // the tallies count both alike (the dashboard and the notification read them), exactly as a recount
        Map<String, Object> tallyAfter = tally(tea);
        assertThat(((Number) tallyAfter.get("reported")).intValue() - ((Number) tallyBefore.get("reported")).intValue())
                .isEqualTo(2);
        assertThat(((BigDecimal) tallyAfter.get("funds")).subtract((BigDecimal) tallyBefore.get("funds")))
                .isEqualByComparingTo("24691.20");
        assertThat(tallyAfter).isEqualTo(jdbc.queryForMap("""
                select count(*) filter (where a.status <> 'WITHDRAWN')::int reported,
                       coalesce(sum(a.funds_secured) filter (where a.status <> 'WITHDRAWN'), 0)::numeric(20,2) funds,
                       coalesce(sum(a.projects_introduced) filter (where a.status <> 'WITHDRAWN'), 0)::numeric(20,2)
                         projects
                from activity a where a.group_id = ? and date_trunc('month', a.occurred_on) = ?""", tea,
                DAY.withDayOfMonth(1)));
        assertThat(jdbc.queryForObject("""
                select reported from activity_type_tally where unit_id = ? and month = ? and type_id = ?""",
                Integer.class, unit(Demo.TEAM), DAY.withDayOfMonth(1), project.getId())).isEqualTo(jdbc.queryForObject("""
                select count(*)::int from activity a join unit g on g.id = a.group_id
                where g.path like (select path from unit where id = ?) || '%' and a.type_id = ?
                  and a.status <> 'WITHDRAWN' and date_trunc('month', a.occurred_on) = ?""", Integer.class,
                unit(Demo.TEAM), project.getId(), DAY.withDayOfMonth(1)));
        assertThat(jdbc.queryForObject("select count(*) from activity_tally_settle", Long.class)).isZero();

        // the same file again finds the copied activity by its group, day, title and first object: unchanged
        ImportRecord again = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(again.getProblems()).isZero();
        assertThat(jdbc.queryForObject("""
                select sum(t.unchanged)::int from import_tally t join import_record r on r.id = t.record_id
                  and r.pass = t.pass where r.id = ?""", Integer.class, again.getId())).isEqualTo(1);
    }

    @Test
    void theTitleKeyIsComputedAlikeInSqlAndJavaAndFindsATitleTypedWithFullWidthDigitsAndOddSpaces() throws Exception {
        StringBuilder all = new StringBuilder("春耕 培训\u3000ＡＢｃ１２３\u200B\t");
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c >= '\uFF01' && c <= '\uFF5E') {
                all.append(c).append('字');
            }
        }
        String text = all.toString();
        assertThat(jdbc.queryForObject("select ledger_title(?)", String.class, text))
                .isEqualTo(LedgerTitles.key(text));

        // logged with full-width digits and two kinds of space; the ledger row cleans to one space and ASCII digits
        long tea = unit(Demo.TEA_GROUP);
        AssistedObject object = relationships.activeObjectsOf(tea).get(0);
        ActivityType training = types.findAllByOrderByArchivedAscSortOrderAscIdAsc().stream()
                .filter(t -> t.getName().equals("技能培训")).findFirst().orElseThrow();
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.TRAININGS_HELD, BigDecimal.ONE);
        ActivityDetails details = new ActivityDetails(tea, training.getId(), DAY, "２０１８年\u3000 春耕培训", null, null,
                List.of(object.getId()), List.of(), 0, figures, null, false, null, null);
        long saved = tx.execute(s -> {
            ledger.pass();
            return ledger.create(units.findById(tea).orElseThrow(), training, details, List.of(object), List.of(),
                    null).getId();
        });
        Path file = ledger(List.of("活动日期", "活动类型", "活动名称", "合力小组", "帮扶对象", "培训（场次）"),
                List.of(DAY.toString(), "技能培训", "2018年 春耕培训", TEA_PATH, object.getCode(), "1"));
        long before = count();
        ImportRecord checked = files.uploadAndCheck(WHOLE, "台账.xlsx", file, ImportKind.ACTIVITIES);
        assertThat(checked.getProblems()).isZero();
        assertThat(jdbc.queryForObject("""
                select sum(t.unchanged)::int from import_tally t join import_record r on r.id = t.record_id
                  and r.pass = t.pass where r.id = ?""", Integer.class, checked.getId()))
                .as("the activity %d found, unchanged", saved).isEqualTo(1);
        assertThat(count()).isEqualTo(before);
    }

    /** The activity's columns as JSON (keys sorted), but its id, title and instants. */
    private String activity(long id) {
        return jdbc.queryForObject("""
                select (to_jsonb(a) - 'id' - 'title' - 'created_at' - 'updated_at')::text from activity a
                where a.id = ?""", String.class, id);
    }

    /** Its objects' columns in id order, but theirs and the activity's ids, and whether created and changed at once. */
    private List<String> objects(long activityId) {
        return jdbc.queryForList("""
                select (to_jsonb(o) - 'id' - 'activity_id' - 'created_at' - 'updated_at')::text || ' '
                  || (o.created_at = o.updated_at)::text
                from activity_object o where o.activity_id = ? order by o.id""", String.class, activityId);
    }

    private List<Long> objectIds(long activityId) {
        return jdbc.queryForList("select id from activity_object where activity_id = ? order by id", Long.class,
                activityId);
    }

    private List<Long> members(long activityId) {
        return jdbc.queryForList("select member_id from activity_member where activity_id = ? order by member_id",
                Long.class, activityId);
    }

    /** The entries of the records: action, field, old, new, by, and whether at the record's creation instant. */
    private List<String> history(String type, List<Long> ids) {
        return jdbc.queryForList("""
                select h.action || ' ' || coalesce(h.field, 'null') || ' ' || coalesce(h.old_value, 'null') || ' '
                  || coalesce(h.new_value, 'null') || ' ' || h.changed_by || ' '
                  || (h.changed_at = coalesce((select created_at from activity where id = h.entity_id
                                               and h.entity_type = 'Activity'),
                                              (select created_at from activity_object where id = h.entity_id
                                               and h.entity_type = 'ActivityObject')))::text
                from record_history h where h.entity_type = ? and h.entity_id = any (?) order by h.entity_id, h.id""",
                String.class, type, ids.toArray(Long[]::new));
    }

    private Map<String, Object> tally(long unit) {
        Map<String, Object> row = jdbc.queryForList("""
                select reported, funds_secured_reported::numeric(20,2) funds,
                       projects_introduced_reported::numeric(20,2) projects
                from activity_tally where unit_id = ? and month = ?""", unit, DAY.withDayOfMonth(1)).stream()
                .findFirst().orElse(null);
        return row != null ? row : Map.of("reported", 0, "funds", BigDecimal.ZERO.setScale(2),
                "projects", BigDecimal.ZERO.setScale(2));
    }

    private Path ledger(List<String> headers, List<String> cells) throws Exception {
        Path file = Files.createTempFile(temp, "ledger", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("帮扶活动");
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                row.createCell(c).setCellValue(cells.get(c));
            }
            book.write(out);
        }
        return file;
    }

    private long unit(String name) {
        return jdbc.queryForObject("select id from unit where name = ? and not archived order by id limit 1",
                Long.class, name);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from activity", Long.class);
    }
}

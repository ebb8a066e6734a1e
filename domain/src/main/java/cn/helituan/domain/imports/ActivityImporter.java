package cn.helituan.domain.imports;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityDetails;
import cn.helituan.domain.activity.ActivityLedger;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.ActivityTypes;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.activity.LedgerLookups;
import cn.helituan.domain.activity.LedgerTitles;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 活动台账: an activity per row, in the activity export's columns, created or changed with the rules of the activity
 * form ({@link ActivityLedger}). A row is the activity of its id column (the export's), else the one of its group,
 * day, title and first object; a second row for the same activity is a problem. The uploader imports only into
 * groups of their scope (a path outside it is not found). Objects are read by their code (the export writes
 * "code name"), members by their mobile (the export writes "name mobile"), several in a cell. A figure the type does
 * not ask for is refused (a 0 there is taken as blank); a total row (合计/总计/小计, or figures under an empty group and day) is refused as a total.
 * Status 已确认 with who and when is a ledger's paper confirmation: kept as imported words, not the objects' word;
 * 已上报 with who confirmed (as the export writes a paper confirmation) keeps it too.
 * Types are read once a pass; objects, members, the candidates for the rows' identities (by title key) and the
 * activities the rows name in one query each a batch. New activities are written set-based (COPY, {@link
 * ActivityLedger.Pass#create}) at the end of each batch; existing ones change through their entities.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ActivityImporter implements SheetImporter {

    /** The separators of several objects or members in one cell: 、 , ， ; ； and line breaks. */
    private static final Pattern ITEMS = Pattern.compile("[、,，;；\\n]+");
    /**
     * A mobile in a participant's item, spaces or dashes allowed between its digits ("139 0000 1111"), not glued to
     * other digits: "王明2 13900001111" (a name ending in a digit, as rosters tell namesakes apart) is 王明2's mobile.
     */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1(?:[ -]?\\d){10}(?!\\d)");

    private final ActivityLedger ledger;
    private final ActivityTypes types;
    private final Units units;
    private final AssistedObjects objects;
    private final Members members;

    /** What a pass reads once: the types by name, the ledger's look-ups (and its new activities until flushed). */
    private final class PassState {
        final ActivityLedger.Pass ledgerPass = ledger.pass();
        final Map<String, ActivityType> typesByName = new HashMap<>();
        /** The rows' identities seen so far, as 64-bit hashes: a million rows' keys as strings would fill the heap. */
        final LongSet seen = new LongSet();

        PassState() {
            // live types first: a name an archived type shares with a live one means the live one
            for (ActivityType type : types.findAllByOrderByArchivedAscSortOrderAscIdAsc()) {
                typesByName.putIfAbsent(Cells.label(type.getName()), type);
            }
        }
    }

    /** A row read and resolved, before it is compared and written. */
    private record Row(ImportLine line, ImportRun.Values v, UnitKey group, ActivityType type, List<String> codes,
                       List<String> mobiles, Long id) {
    }

    @Override
    public List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        PassState state = run.state(PassState.class, PassState::new);
        List<Row> rows = new ArrayList<>(lines.size());
        Set<String> codes = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (ImportLine line : lines) {
            Row row = read(line, run, state);
            rows.add(row);
            if (row != null) {
                row.codes().forEach(c -> codes.add(c.toLowerCase(Locale.ROOT)));
                mobiles.addAll(row.mobiles());
                if (row.id() != null) {
                    ids.add(row.id());
                }
            }
        }
        Map<String, AssistedObject> objectsByCode = new HashMap<>();
        if (!codes.isEmpty()) {
            objects.findByLowerCodeIn(codes).forEach(o -> objectsByCode.put(o.getCode().toLowerCase(Locale.ROOT), o));
        }
        Map<String, Member> membersByMobile = new HashMap<>();
        if (!mobiles.isEmpty()) {
            members.findByMobileIn(mobiles).forEach(m -> membersByMobile.put(m.getMobile(), m));
        }
        // a row without id is the activity (not withdrawn) of its group, day, cleaned title and first object: the
        // batch's candidates found by title key in SQL, and only those rows name read as entities with the ids
        Set<LedgerLookups.Key> keys = new HashSet<>();
        for (Row row : rows) {
            if (row != null && row.id() == null) {
                keys.add(new LedgerLookups.Key(row.group().id(), row.v().get("occurredOn"),
                        LedgerTitles.key(row.v().text("title"))));
            }
        }
        Map<String, Long> byKey = new HashMap<>();
        // titles compared as a cell is cleaned: a title logged on the form as typed (full-width digits, two spaces)
        // is the one its exported cell reads back as
        for (LedgerLookups.Candidate c : ledger.candidates(keys)) {
            if (c.firstObjectId() != null) {
                byKey.putIfAbsent(key(c.groupId(), c.day(), c.title(), c.firstObjectId()), c.id());
            }
        }
        Map<Row, Long> matched = new IdentityHashMap<>();
        for (Row row : rows) {
            if (row != null && row.id() == null && !byKey.isEmpty()) {
                AssistedObject first = objectsByCode.get(row.codes().get(0).toLowerCase(Locale.ROOT));
                Long found = first == null ? null
                        : byKey.get(key(row.group().id(), row.v().get("occurredOn"), row.v().text("title"),
                                first.getId()));
                if (found != null) {
                    matched.put(row, found);
                    ids.add(found);
                }
            }
        }
        Map<Long, Activity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            ledger.byIds(ids).forEach(a -> byId.put(a.getId(), a));
        }
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (Row row : rows) {
            outcomes.add(row == null ? Outcome.PROBLEM
                    : write(row, run, state, objectsByCode, membersByMobile, byId, matched.get(row)));
        }
        state.ledgerPass.flush();
        return outcomes;
    }

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        return batch(List.of(line), run).get(0);
    }

    private static String key(long groupId, LocalDate day, String title, long firstObjectId) {
        return groupId + "|" + day + "|" + Cells.text(title) + "|" + firstObjectId;
    }

    /** The row's cells read and its group and type found; null (with the problems said) when it cannot be. */
    private Row read(ImportLine line, ImportRun run, PassState state) {
        if (LedgerCells.total(line, run)) {
            return null;
        }
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return null;
        }
        boolean ok = true;
        Long id = null;
        if (v.text("id") != null) {
            try {
                id = Cells.decimal(v.text("id")).longValueExact();
            } catch (IllegalArgumentException | ArithmeticException e) {
                run.problem(line, "id", "import.activity.idInvalid", v.text("id"));
                ok = false;
            }
        }
        String path = String.join("/", ImportRun.pathNames(v.text("group")));
        UnitKey group = run.units(units).get(path.toLowerCase(Locale.ROOT));
        if (run.ambiguous(path)) {
            run.problem(line, "group", "import.unit.ambiguous", v.text("group"));
            ok = false;
        } else if (group == null) {
            run.problem(line, "group", "import.activity.groupUnknown", v.text("group"));
            ok = false;
        } else if (group.kind() != UnitKind.GROUP) {
            run.problem(line, "group", "import.activity.notGroup", v.text("group"));
            ok = false;
        }
        ActivityType type = state.typesByName.get(Cells.label(v.text("type")));
        if (type == null) {
            run.problem(line, "type", "import.activity.typeUnknown", v.text("type"));
            ok = false;
        }
        List<String> codes = new ArrayList<>();
        for (String item : items(v.text("objects"))) {
            // "SL-001 石楼村" as the export writes it: the code is the first word
            codes.add(item.split(" ", 2)[0]);
        }
        if (codes.isEmpty()) {
            // a cell of separators only names no object
            run.problem(line, "objects", "activity.objects.required", v.text("objects"));
            ok = false;
        }
        List<String> mobiles = new ArrayList<>();
        for (String item : items(v.text("members"))) {
            Matcher m = MOBILE.matcher(Cells.ascii(item));
            if (m.find()) {
                mobiles.add(m.group().replace(" ", "").replace("-", ""));
            } else {
                run.problem(line, "members", "import.activity.memberMobile", item);
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        String identity = id != null ? "id:" + id : group.id() + "|" + v.get("occurredOn") + "|" + v.text("title")
                + "|" + (codes.isEmpty() ? "" : codes.get(0).toLowerCase(Locale.ROOT));
        if (!state.seen.add(LongSet.hash(identity.toLowerCase(Locale.ROOT)))) {
            String column = id != null ? "id" : "title";
            run.problem(line, column, "import.key.duplicate", line.get(column));
            return null;
        }
        return new Row(line, v, group, type, codes, mobiles, id);
    }

    private static List<String> items(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : ITEMS.split(cell)) {
            String trimmed = Cells.text(item);
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private Outcome write(Row row, ImportRun run, PassState state, Map<String, AssistedObject> objectsByCode,
                          Map<String, Member> membersByMobile, Map<Long, Activity> byId, Long matched) {
        ImportLine line = row.line();
        ImportRun.Values v = row.v();
        boolean ok = true;
        List<AssistedObject> served = new ArrayList<>();
        for (String code : row.codes()) {
            AssistedObject object = objectsByCode.get(code.toLowerCase(Locale.ROOT));
            if (object == null || object.isArchived()) {
                run.problem(line, "objects", "import.relationship.objectUnknown", code);
                ok = false;
            } else if (!served.contains(object)) {
                served.add(object);
            }
        }
        List<Member> went = new ArrayList<>();
        for (String mobile : row.mobiles()) {
            Member member = membersByMobile.get(mobile);
            if (member == null) {
                run.problem(line, "members", "import.activity.memberUnknown", mobile);
                ok = false;
            } else if (!went.contains(member)) {
                went.add(member);
            }
        }
        if (!ok) {
            return Outcome.PROBLEM;
        }
        long groupId = row.group().id();
        Activity existing;
        if (row.id() != null) {
            existing = byId.get(row.id());
            if (existing == null || !run.scope.covers(existing.getGroup().getPath())) {
                run.problem(line, "id", "import.activity.idUnknown", v.text("id"));
                return Outcome.PROBLEM;
            }
            if (existing.getGroup().getId() != groupId) {
                run.problem(line, "group", "activity.group.fixed", v.text("group"));
                return Outcome.PROBLEM;
            }
        } else {
            // the activity of the row's identity (its first object is the one the look-up took: served in order)
            existing = matched == null ? null : byId.get(matched);
        }
        ActivityLedger.Paper paper = LedgerCells.paper(line, v, run, existing);
        if (paper == LedgerCells.PROBLEM) {
            return Outcome.PROBLEM;
        }
        Long taskId = existing == null ? null : existing.getTaskId();
        if (line.has("task")) {
            taskId = null;
            if (v.text("task") != null) {
                LocalDate day = v.get("occurredOn");
                taskId = state.ledgerPass.task(groupId, day.getYear(), v.text("task")).orElse(null);
                if (taskId == null && !(existing != null && existing.getTaskId() != null
                        && existing.getOccurredOn().getYear() == day.getYear())) {
                    run.problem(line, "task", "activity.task.invalid", v.text("task"));
                    return Outcome.PROBLEM;
                }
                if (taskId == null) {
                    // the task the activity counts against was closed since: it keeps it, as an edit may
                    taskId = existing.getTaskId();
                }
            }
        }
        ActivityDetails details = details(row, existing, served, went, taskId);
        if (existing != null && ledger.same(existing, row.type(), details, paper, Cells::text)) {
            return Outcome.UNCHANGED;
        }
        if (existing != null && existing.isWithdrawn()) {
            run.problem(line, "status", "activity.withdrawn", line.get("status"));
            return Outcome.PROBLEM;
        }
        if (!check(row, details, existing, run, state)) {
            return Outcome.PROBLEM;
        }
        if (existing == null) {
            state.ledgerPass.create(row.type(), details, paper);
            return Outcome.CREATED;
        }
        ledger.update(existing, row.type(), details, served, went, paper, Cells::text);
        return Outcome.UPDATED;
    }

    /** The form's details the row gives; a column the sheet lacks keeps the activity's value. */
    private static ActivityDetails details(Row row, Activity existing, List<AssistedObject> served, List<Member> went,
                                           Long taskId) {
        ImportLine line = row.line();
        ImportRun.Values v = row.v();
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        Map<Figure, BigDecimal> kept = existing == null ? Map.of() : existing.figures();
        for (Figure figure : Figure.values()) {
            String column = ActivityLog.fieldOf(figure);
            Object value = line.has(column) ? v.get(column) : kept.get(figure);
            if (value != null && line.has(column) && !row.type().asks(figure) && zero(value)) {
                // ledgers write 0 in every figure column: a zero the type does not ask for is a blank
                value = null;
            }
            if (value != null) {
                figures.put(figure, value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue()));
            }
        }
        List<Long> memberIds = line.has("members") ? went.stream().map(Member::getId).toList()
                : existing == null ? List.of() : existing.getMembers().stream().map(Member::getId).toList();
        Integer others = v.get("otherParticipants");
        return new ActivityDetails(row.group().id(), row.type().getId(), v.get("occurredOn"), v.text("title"),
                line.has("place") ? v.text("place") : existing == null ? null : existing.getPlace(),
                line.has("description") ? v.text("description") : existing == null ? null : existing.getDescription(),
                served.stream().map(AssistedObject::getId).toList(), memberIds,
                line.has("otherParticipants") ? (others == null ? 0 : others)
                        : existing == null ? 0 : existing.getOtherParticipants(),
                figures,
                line.has("projectNames") ? v.text("projectNames")
                        : existing == null ? null : existing.getProjectNames(),
                false, existing == null ? null : existing.getProjectId(), taskId);
    }

    private static boolean zero(Object value) {
        return value instanceof BigDecimal d ? d.signum() == 0 : ((Number) value).longValue() == 0;
    }

    /**
     * The form's rules ({@link ActivityLedger.Pass#check}) and the ledger's own: a figure the type does not ask for
     * is refused. An activity keeps its type when the type was archived since, as on the form.
     */
    private boolean check(Row row, ActivityDetails details, Activity existing, ImportRun run, PassState state) {
        ImportLine line = row.line();
        boolean ok = true;
        for (Figure figure : details.figures().keySet()) {
            if (!row.type().asks(figure)) {
                String column = ActivityLog.fieldOf(figure);
                run.problem(line, column, "import.activity.figureNotAsked", row.type().getName());
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        boolean keptType = existing != null && existing.getType().getId().equals(row.type().getId());
        try {
            state.ledgerPass.check(row.type(), details, run.today, keptType);
            return true;
        } catch (RuleViolation e) {
            String column = column(e.field());
            String key = "activity.figure.outlier".equals(e.messageKey()) ? "import.activity.outlier" : e.messageKey();
            Object[] args = e.args();
            run.problem(line, column, key, args != null && args.length > 0 ? String.valueOf(args[0])
                    : column == null ? null : line.get(column));
            return false;
        }
    }

    /** The ledger column of a form field. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "objectIds" -> "objects";
            case "memberIds" -> "members";
            case "typeId" -> "type";
            case "taskId" -> "task";
            case "groupId" -> "group";
            default -> field;
        };
    }
}

package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.assisted.Stationings;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.station.StationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 驻村名册: a stationing per row, in the register export's columns, created or its record (建档) corrected through the
 * stationing form's own service ({@link StationService#station}, {@link StationService#file}): one first secretary
 * and one team leader open per village, a cadre in one stationing at a time, the writer's scope (an org admin's
 * villages, a sub-team leader's villages paired with their groups today, members of their scope). A row is the
 * stationing of its village (by code), cadre (by mobile) and first day: unchanged when the row says what is filed,
 * updated when its record differs. The name columns are checked against the code and the mobile (a mistyped mobile
 * would station someone else). A mobile starred as the export writes it for all but the org admin (138****0018) is
 * read for a stationing already filed: the one of the village and day whose cadre has that name and number; a new
 * stationing needs the whole number. The end of a stationing is not imported: it ends on its page or by rotation, so an
 * end date must be the one filed, and a new row has none.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class StationingImporter implements SheetImporter {

    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    /** A mobile as lists and exports show it to all but the org admin ({@link PersonalData#maskMobile}). */
    private static final Pattern STARRED = Pattern.compile("1\\d{2}\\*{4}\\d{4}");

    private final StationService stations;
    private final Stationings stationings;
    private final AssistedObjects objects;
    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return Outcome.PROBLEM;
        }
        String code = v.text("objectCode");
        String mobile = Cells.mobile(v.text("mobile"));
        boolean starred = STARRED.matcher(mobile).matches();
        if (!starred && !MOBILE.matcher(mobile).matches()) {
            run.problem(line, "mobile", "import.cell.mobile", line.get("mobile"));
            return Outcome.PROBLEM;
        }
        LocalDate startsOn = v.get("startsOn");
        if (!run.firstTime(line, "mobile", code + "|" + mobile + "|" + v.text("member") + "|" + startsOn)) {
            return Outcome.PROBLEM;
        }
        AssistedObject object = object(line, run, v);
        if (object == null || !datesRead(line, run, v)) {
            return Outcome.PROBLEM;
        }
        Stationing current;
        Member member;
        if (starred) {
            current = starred(object, startsOn, mobile, v.text("member"));
            if (current == null) {
                run.problem(line, "mobile", "import.stationing.starred", mobile);
                return Outcome.PROBLEM;
            }
            member = current.getMember();
            mobile = member.getMobile();
        } else {
            member = member(line, run, v, mobile);
            if (member == null) {
                return Outcome.PROBLEM;
            }
            List<Stationing> existing = stationings.findByMemberIdAndObjectIdAndStartsOn(member.getId(),
                    object.getId(), startsOn);
            current = existing.isEmpty() ? null : existing.get(0);
        }
        WorkUnit unit = workUnit(line, run, v, current);
        if (unit == null && v.text("workUnit") != null) {
            return Outcome.PROBLEM;
        }
        StationingRecord filed = current == null ? null : current.record();
        StationingRecord record = new StationingRecord(v.get("role"),
                kept(line, "workUnit", unit == null ? null : unit.getId(), filed, StationingRecord::workUnitId),
                kept(line, "post", v.text("post"), filed, StationingRecord::post),
                kept(line, "plannedEndOn", v.get("plannedEndOn"), filed, StationingRecord::plannedEndOn),
                kept(line, "commitmentProjects", v.text("commitmentProjects"), filed, StationingRecord::projects),
                kept(line, "commitmentFunds", v.text("commitmentFunds"), filed, StationingRecord::funds),
                kept(line, "commitmentResponsibility", v.text("commitmentResponsibility"), filed,
                        StationingRecord::responsibility),
                kept(line, "insuredOn", v.get("insuredOn"), filed, StationingRecord::insuredOn),
                kept(line, "healthCheckedOn", v.get("healthCheckedOn"), filed, StationingRecord::healthCheckedOn),
                kept(line, "subsidyPerDay", v.get("subsidyPerDay"), filed, StationingRecord::subsidyPerDay));
        LocalDate endsOn = v.get("endsOn");
        if (current == null && endsOn != null) {
            run.problem(line, "endsOn", "import.stationing.endNew", line.get("endsOn"));
            return Outcome.PROBLEM;
        }
        if (current != null && line.has("endsOn") && !Objects.equals(current.getEndsOn(), endsOn)) {
            run.problem(line, "endsOn", "import.stationing.endChanged",
                    current.getEndsOn() == null ? "" : current.getEndsOn().toString());
            return Outcome.PROBLEM;
        }
        try {
            if (current == null) {
                stations.station(run.scope, object.getId(), new StationService.Station(mobile, startsOn, record));
                return Outcome.CREATED;
            }
            if (same(current, record, member)) {
                return Outcome.UNCHANGED;
            }
            stations.file(run.scope, current.getId(), current.getVersion(), record);
            return Outcome.UPDATED;
        } catch (RuleViolation e) {
            // a member outside the writer's scope reads as one not on the roster at all, as on the form
            String key = "stationing.member.unknown".equals(e.messageKey()) ? "import.stationing.memberUnknown"
                    : e.messageKey();
            run.problem(line, column(e.field()), key, line.get(column(e.field())));
            return Outcome.PROBLEM;
        }
    }

    /** The row's value; a column the sheet does not have keeps what is filed (a blank cell in one it has clears it). */
    private static <T> T kept(ImportLine line, String column, T value, StationingRecord filed,
                              Function<StationingRecord, T> field) {
        return line.has(column) || filed == null ? value : field.apply(filed);
    }

    /** The live village or community of the code that the importer stations cadres in; else null, said on the row. */
    private AssistedObject object(ImportLine line, ImportRun run, ImportRun.Values v) {
        String code = v.text("objectCode");
        AssistedObject object = objects.findByCodeIgnoreCase(code).filter(o -> !o.isArchived()).orElse(null);
        if (object == null) {
            run.problem(line, "objectCode", "import.stationing.objectUnknown", code);
            return null;
        }
        if (object.getKind() != AssistedKind.VILLAGE && object.getKind() != AssistedKind.COMMUNITY) {
            run.problem(line, "objectCode", "import.stationing.kind", code);
            return null;
        }
        if (!stations.canWrite(run.scope, object.getId())) {
            run.problem(line, "objectCode", "import.stationing.outOfScope", code);
            return null;
        }
        String name = v.text("object");
        if (name != null && !Cells.label(name).equals(Cells.label(object.getName()))) {
            run.problem(line, "object", "import.stationing.objectName", object.getName());
            return null;
        }
        return object;
    }

    /** The stationing filed in the village from the day whose cadre has the name and the starred number, or null. */
    private Stationing starred(AssistedObject object, LocalDate startsOn, String starred, String name) {
        if (name == null) {
            return null;
        }
        List<Stationing> found = stationings.findByObjectIdAndStartsOn(object.getId(), startsOn).stream()
                .filter(s -> PersonalData.maskMobile(s.getMember().getMobile()).equals(starred)
                        && Cells.label(s.getMember().getName()).equals(Cells.label(name)))
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The member of the mobile in the writer's scope (the form's rule, {@code StationService.station}); else null,
     * said — one message for no such number and a number outside the scope, and the name compared only then, so a
     * row cannot tell whose a number outside the scope is.
     */
    private Member member(ImportLine line, ImportRun run, ImportRun.Values v, String mobile) {
        Member member = members.findByMobile(mobile).filter(m -> run.scope.wholeDeployment()
                || memberships.memberInPath(m.getId(), run.scope.pathFilter())).orElse(null);
        if (member == null) {
            run.problem(line, "mobile", "import.stationing.memberUnknown", mobile);
            return null;
        }
        String name = v.text("member");
        if (name != null && !Cells.label(name).equals(Cells.label(member.getName()))) {
            // (not the roster's name: the mobile may be of someone outside the importer's scope)
            run.problem(line, "member", "import.stationing.memberName", name);
            return null;
        }
        return member;
    }

    /** No date before the first day: the planned end and the end (the form's rule, said on the row's own cell). */
    private static boolean datesRead(ImportLine line, ImportRun run, ImportRun.Values v) {
        LocalDate startsOn = v.get("startsOn");
        boolean ok = true;
        for (String column : List.of("plannedEndOn", "endsOn")) {
            LocalDate day = v.get(column);
            if (day != null && day.isBefore(startsOn)) {
                run.problem(line, column, "import.stationing.beforeStart", line.get(column));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The dispatching unit the row names: the stationing's own (even archived since, as the form keeps it), else a
     * live unit of that name; null when the cell is blank (the member's own unit, as on the form) or names none (said).
     */
    private WorkUnit workUnit(ImportLine line, ImportRun run, ImportRun.Values v, Stationing current) {
        String name = v.text("workUnit");
        if (name == null) {
            return null;
        }
        if (current != null && current.getWorkUnit() != null
                && Cells.label(current.getWorkUnit().getName()).equals(Cells.label(name))) {
            return current.getWorkUnit();
        }
        WorkUnit unit = workUnits.findByNameIgnoreCase(name).filter(u -> !u.isArchived()).orElse(null);
        if (unit == null) {
            run.problem(line, "workUnit", "import.stationing.workUnitUnknown", name);
        }
        return unit;
    }

    /** Whether the row says what is filed (a blank unit meaning the member's own, as a save would make it). */
    private static boolean same(Stationing s, StationingRecord row, Member member) {
        Long unitId = row.workUnitId() != null ? row.workUnitId()
                : member.getWorkUnit() == null ? null : member.getWorkUnit().getId();
        Long filedUnit = s.getWorkUnit() == null ? null : s.getWorkUnit().getId();
        return s.getRole() == row.role() && Objects.equals(filedUnit, unitId)
                && Objects.equals(SheetImporter.cleaned(s.getPost()), SheetImporter.blank(row.post()))
                && Objects.equals(s.getPlannedEndOn(), row.plannedEndOn())
                && Objects.equals(SheetImporter.cleaned(s.getCommitmentProjects()), SheetImporter.blank(row.projects()))
                && Objects.equals(SheetImporter.cleaned(s.getCommitmentFunds()), SheetImporter.blank(row.funds()))
                && Objects.equals(SheetImporter.cleaned(s.getCommitmentResponsibility()),
                        SheetImporter.blank(row.responsibility()))
                && Objects.equals(s.getInsuredOn(), row.insuredOn())
                && Objects.equals(s.getHealthCheckedOn(), row.healthCheckedOn())
                && sameAmount(s.getSubsidyPerDay(), row.subsidyPerDay());
    }

    private static boolean sameAmount(BigDecimal filed, BigDecimal row) {
        return filed == null ? row == null : row != null && filed.compareTo(row) == 0;
    }

    /** The sheet's column of a rule's form field (the form's workUnitId is the unit's name here). */
    private static String column(String field) {
        if (field == null) {
            return "objectCode";
        }
        return switch (field) {
            case "workUnitId" -> "workUnit";
            case "mobile", "role", "plannedEndOn", "subsidyPerDay", "startsOn" -> field;
            default -> "objectCode";
        };
    }
}

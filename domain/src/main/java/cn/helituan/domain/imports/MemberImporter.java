package cn.helituan.domain.imports;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 人员名册: a member by mobile phone, with their work unit (by name) and, optionally, the unit they sit in (by path of
 * names) with a position and a joining day. A known mobile gets the row's details; a unit the member is not yet in
 * gets a membership (nobody leaves a unit by import). A member in two units has a row for each; the same mobile and
 * unit twice is a problem. Outside a whole-deployment administrator a new member needs a
 * unit, and a known member must be in the administrator's scope. Members and memberships of a batch are read in two
 * queries.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class MemberImporter implements SheetImporter {

    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;
    private final Units units;

    @Override
    public List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        List<ImportRun.Values> values = new ArrayList<>(lines.size());
        Set<String> mobiles = new HashSet<>();
        for (ImportLine line : lines) {
            ImportRun.Values v = run.values(line);
            // a member in two groups has a row for each (as the roster export writes them): the key is the pair
            if (v != null && !run.firstTime(line, "mobile", v.text("mobile") + "|"
                    + String.join("/", ImportRun.pathNames(v.text("unit") == null ? "" : v.text("unit"))))) {
                v = null;
            }
            values.add(v);
            if (v != null) {
                mobiles.add(v.text("mobile"));
            }
        }
        Map<String, Member> known = new HashMap<>();
        if (!mobiles.isEmpty()) {
            members.findByMobileIn(mobiles).forEach(m -> known.put(m.getMobile(), m));
        }
        Set<String> open = new HashSet<>();
        if (!known.isEmpty()) {
            memberships.openOf(known.values().stream().map(Member::getId).toList())
                    .forEach(s -> open.add(s.getMember().getId() + "/" + s.getUnit().getId()));
        }
        Batch batch = new Batch(run, known, open);
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            outcomes.add(values.get(i) == null ? Outcome.PROBLEM : batch.line(lines.get(i), values.get(i)));
        }
        return outcomes;
    }

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        return batch(List.of(line), run).get(0);
    }

    /** The look-ups of one batch (entities are forgotten between batches). */
    private final class Batch {

        private final ImportRun run;
        private final Map<String, Member> known;
        private final Set<String> open;
        private final Map<String, Optional<WorkUnit>> workUnitsByName = new HashMap<>();
        private final Map<Long, Unit> unitsById = new HashMap<>();

        Batch(ImportRun run, Map<String, Member> known, Set<String> open) {
            this.run = run;
            this.known = known;
            this.open = open;
        }

        Outcome line(ImportLine line, ImportRun.Values v) {
            String mobile = v.text("mobile");
            boolean ok = true;
            WorkUnit workUnit = workUnitsByName.computeIfAbsent(v.text("workUnit").toLowerCase(),
                    name -> workUnits.findByNameIgnoreCase(name).filter(w -> !w.isArchived())).orElse(null);
            if (workUnit == null) {
                run.problem(line, "workUnit", "import.member.workUnitUnknown", v.text("workUnit"));
                ok = false;
            }
            Unit unit = null;
            if (v.text("unit") != null) {
                String path = String.join("/", ImportRun.pathNames(v.text("unit")));
                UnitKey key = run.units(units).get(path.toLowerCase());
                if (run.ambiguous(path)) {
                    run.problem(line, "unit", "import.unit.ambiguous", v.text("unit"));
                    ok = false;
                } else if (key == null) {
                    run.problem(line, "unit", "import.member.unitUnknown", v.text("unit"));
                    ok = false;
                } else {
                    unit = unitsById.computeIfAbsent(key.id(), id -> units.findById(id).orElseThrow());
                }
            }
            LocalDate joinedOn = v.get("joinedOn") == null ? run.today : v.get("joinedOn");
            if (joinedOn.isAfter(run.today)) {
                run.problem(line, "joinedOn", "import.member.joinedLater", line.get("joinedOn"));
                ok = false;
            }
            Position position = v.get("position") == null ? Position.MEMBER : v.get("position");
            if (unit != null && !position.fits(unit.getKind())) {
                run.problem(line, "position", "import.member.positionUnfit", line.get("position"));
                ok = false;
            }
            if (!ok) {
                return Outcome.PROBLEM;
            }
            Boolean party = v.get("partyMember");
            MemberDetails details = new MemberDetails(chineseName(v.text("name")), v.<Gender>get("gender"),
                    workUnit.getId(), v.text("post"), v.text("rank"), v.text("specialty"), mobile,
                    Boolean.TRUE.equals(party), v.<MemberType>get("type"), v.text("notes"));
            Member member = known.get(mobile);
            if (member == null) {
                if (unit == null && !run.scope.wholeDeployment()) {
                    run.problem(line, "unit", "import.member.unitRequired", null);
                    return Outcome.PROBLEM;
                }
                member = members.save(new Member(details, workUnit));
                known.put(mobile, member);
                join(member, unit, position, joinedOn);
                return Outcome.CREATED;
            }
            if (member.isArchived()) {
                run.problem(line, "mobile", "import.member.archived", mobile);
                return Outcome.PROBLEM;
            }
            if (!run.scope.wholeDeployment() && !memberships.memberInPath(member.getId(), run.scope.pathFilter())) {
                run.problem(line, "mobile", "import.member.outOfScope", mobile);
                return Outcome.PROBLEM;
            }
            details = keepAbsent(line, member, details);
            boolean changed = false;
            if (!same(member, details)) {
                member.apply(details, workUnit);
                changed = true;
            }
            if (unit != null && !open.contains(member.getId() + "/" + unit.getId())) {
                join(member, unit, position, joinedOn);
                changed = true;
            }
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        }

        private void join(Member member, Unit unit, Position position, LocalDate joinedOn) {
            if (unit == null) {
                return;
            }
            memberships.save(new Membership(member, unit, position, joinedOn));
            open.add(member.getId() + "/" + unit.getId());
        }
    }

    /**
     * A column the sheet does not have leaves the member's value as it is (a sheet of names and mobiles must not
     * wipe everyone's post): only the optional columns can be absent.
     */
    private static MemberDetails keepAbsent(ImportLine line, Member m, MemberDetails d) {
        return new MemberDetails(d.name(), d.gender(), d.workUnitId(),
                line.has("post") ? d.post() : m.getPost(), line.has("rank") ? d.rank() : m.getRank(),
                line.has("specialty") ? d.specialty() : m.getSpecialty(), d.mobile(),
                line.has("partyMember") ? d.partyMember() : m.isPartyMember(), d.type(),
                line.has("notes") ? d.notes() : m.getNotes());
    }

    /** "王　明" as 王明: spaces inside a Chinese name only align it in the spreadsheet. */
    static String chineseName(String name) {
        return name.matches("[\\p{IsHan}·\\s]+") ? name.replaceAll("\\s", "") : name;
    }

    private static boolean same(Member member, MemberDetails d) {
        return Objects.equals(chineseName(Cells.text(member.getName())), d.name())
                && member.getGender() == d.gender()
                && Objects.equals(member.getWorkUnit().getId(), d.workUnitId())
                && Objects.equals(SheetImporter.cleaned(member.getPost()), SheetImporter.blank(d.post()))
                && Objects.equals(SheetImporter.cleaned(member.getRank()), SheetImporter.blank(d.rank()))
                && Objects.equals(SheetImporter.cleaned(member.getSpecialty()), SheetImporter.blank(d.specialty()))
                && member.isPartyMember() == d.partyMember() && member.getType() == d.type()
                && Objects.equals(SheetImporter.cleaned(member.getNotes()), SheetImporter.blank(d.notes()));
    }
}

package cn.helituan.domain.imports;

import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.history.DryRun;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 人员名册: a member by mobile phone, with their work unit (by name) and, optionally, the unit they sit in (by path of
 * names) with a position and a joining day. A known mobile gets the row's details; a unit the member is not yet in
 * gets a membership (nobody leaves a unit by import). A member in two units has a row for each; the same mobile and
 * unit twice is a problem. Outside a whole-deployment administrator a new member needs a
 * unit, and a known member must be in the administrator's scope. Members and memberships of a batch are read in two
 * queries.
 * <p>
 * Set-based (docs/architecture.md, "The roster import's set-based path"): new members and new memberships bypass the
 * entities. The import copies them into their tables ({@link BulkInserts}, with ids from the tables' pooled
 * sequences and a CREATED history row each) with every column a save would write — the details as the entity keeps
 * them, version 0, created and updated at the pass's instant by the importer, as JPA auditing does; the search text
 * is a generated column and the roster's tally is settled by the pass ({@code ImportService}), as for saved rows.
 * The members a file creates are kept by mobile for the whole pass ({@link Created}), so that a later row of the same
 * member (a second unit, other details) finds them without reading the database. The check (a {@link DryRun})
 * therefore writes no new member or membership at all (unless a later sheet of the same file may read them): it runs
 * the same code as the import, which differs only in sending the rows, so it finds the same problems and counts.
 * Changes of members that existed before the file stay on the entities (rare), as does a change of a member the same
 * file created (its copied row is read back and updated).
 * <p>
 * An ID number (身份证号, optional) is copied as the entity's converter writes it — SM4 ciphertext when a field key is
 * set ({@link FieldCipher}) — with its digest; a number another live member has (in the database or earlier in the
 * file) is a problem on its cell. The batch's numbers are looked up by digest in one statement.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class MemberImporter implements SheetImporter {

    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·\\s]+");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private final Members members;
    private final Memberships memberships;
    private final WorkUnits workUnits;
    private final Units units;
    private final BulkInserts bulk;
    private final Clock clock;
    private final FieldCipher cipher;

    @Override
    public List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        Pass pass = run.state(Pass.class, () -> new Pass(run));
        List<ImportRun.Values> values = new ArrayList<>(lines.size());
        List<String> paths = new ArrayList<>(lines.size());
        Set<String> mobiles = new HashSet<>();
        for (ImportLine line : lines) {
            ImportRun.Values v = run.values(line);
            String path = v == null || v.text("unit") == null ? ""
                    : String.join("/", ImportRun.pathNames(v.text("unit")));
            // a member in two groups has a row for each (as the roster export writes them): the key is the pair
            if (v != null && !run.firstTime(line, "mobile", v.text("mobile") + "|" + path)) {
                v = null;
            }
            values.add(v);
            paths.add(path);
            if (v != null && !pass.created.containsKey(v.text("mobile"))) {
                mobiles.add(v.text("mobile"));
            }
        }
        Set<String> digests = new HashSet<>();
        for (ImportRun.Values v : values) {
            if (v != null && v.text("idNumber") != null) {
                digests.addAll(cipher.digests(v.text("idNumber")));
            }
        }
        // the live members holding the batch's ID numbers, digest to mobile
        Map<String, String> holders = digests.isEmpty() ? Map.of() : members.idNumberHolders(digests);
        Map<String, Member> known = new HashMap<>();
        if (!mobiles.isEmpty()) {
            // the mobiles taken, by plain SQL; the members as entities only for those (none for a roster of new people)
            Set<String> taken = members.mobilesTaken(mobiles);
            if (!taken.isEmpty()) {
                members.findByMobileIn(taken).forEach(m -> known.put(m.getMobile(), m));
            }
        }
        Set<String> open = new HashSet<>();
        if (!known.isEmpty()) {
            memberships.openOf(known.values().stream().map(Member::getId).toList())
                    .forEach(s -> open.add(s.getMember().getId() + "/" + s.getUnit().getId()));
        }
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            outcomes.add(values.get(i) == null ? Outcome.PROBLEM
                    : pass.line(lines.get(i), values.get(i), paths.get(i), known, open, holders));
        }
        pass.send();
        return outcomes;
    }

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        return batch(List.of(line), run).get(0);
    }

    /**
     * A member created by an earlier row of this file: its id (none in a check, which writes nothing), its details as
     * stored and the units it has joined so far.
     */
    private static final class Created {

        private final long id;
        private MemberDetails details;
        private final List<Long> units = new ArrayList<>(1);

        Created(long id, MemberDetails details) {
            this.id = id;
            this.details = details;
        }
    }

    /** What one pass keeps from batch to batch (entities are forgotten between batches; these are not entities). */
    private final class Pass {

        private final ImportRun run;
        /**
         * False in the check: the rows are decided the same way, and not sent. Unless a later sheet of the file (say
         * resources with their members' mobiles) may read the members this one creates: then the check sends them
         * too, as the import does (without history: the check is rolled back).
         */
        private final boolean writes;
        private final Map<String, Created> created = new HashMap<>();
        /** The ID numbers' digests this file gives, to the mobile of the member given each. */
        private final Map<String, String> claimed = new HashMap<>();
        /** The mobiles of the members whose ID number this file has changed: their stored digest no longer counts. */
        private final Set<String> renumbered = new HashSet<>();
        /** Live work units by lower-case name (none is written by this sheet; the work-unit sheet runs before). */
        private final Map<String, Optional<Long>> workUnitIds = new HashMap<>();
        private final Instant at;
        /** {@link #at} as COPY reads it, written once rather than formatted for each row's two columns. */
        private final String atText;
        private final String by;
        private BulkInserts.Ids memberIds;
        private BulkInserts.Ids membershipIds;
        private BulkInserts.Copy memberRows;
        private BulkInserts.Copy membershipRows;

        Pass(ImportRun run) {
            this.run = run;
            this.writes = !DryRun.active() || run.sheetAfter(ImportKind.MEMBERS);
            // as JPA auditing writes a save: the time (to the microsecond PostgreSQL keeps) and the user's name
            this.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            this.atText = at.toString();
            this.by = run.scope.username();
        }

        /** The line, its cells read and its unit's path of names ("" for none). */
        Outcome line(ImportLine line, ImportRun.Values v, String path, Map<String, Member> known, Set<String> open,
                     Map<String, String> holders) {
            String mobile = v.text("mobile");
            boolean ok = true;
            String idNumber = v.text("idNumber");
            if (idNumber != null) {
                String holder = holderOf(idNumber, holders);
                if (holder != null && !holder.equals(mobile)) {
                    // the holder's mobile only where the importer may see every member, or the holder is a row of
                    // this file; otherwise that the number is taken, not by whom
                    if (run.scope.wholeDeployment() || holder.equals(claimed.get(cipher.digest(idNumber)))) {
                        run.problem(line, "idNumber", "import.member.idNumberTaken", holder);
                    } else {
                        run.problem(line, "idNumber", "member.idNumber.taken", null);
                    }
                    ok = false;
                }
            }
            Long workUnitId = workUnitIds.computeIfAbsent(v.text("workUnit").toLowerCase(),
                    name -> workUnits.findByNameIgnoreCase(name).filter(w -> !w.isArchived()).map(w -> w.getId()))
                    .orElse(null);
            if (workUnitId == null) {
                run.problem(line, "workUnit", "import.member.workUnitUnknown", v.text("workUnit"));
                ok = false;
            }
            UnitKey unit = null;
            if (v.text("unit") != null) {
                UnitKey key = run.units(units).get(path.toLowerCase());
                if (run.ambiguous(path)) {
                    run.problem(line, "unit", "import.unit.ambiguous", v.text("unit"));
                    ok = false;
                } else if (key == null) {
                    run.problem(line, "unit", "import.member.unitUnknown", v.text("unit"));
                    ok = false;
                } else {
                    unit = key;
                }
            }
            LocalDate joinedOn = v.get("joinedOn") == null ? run.today : v.get("joinedOn");
            if (joinedOn.isAfter(run.today)) {
                run.problem(line, "joinedOn", "import.member.joinedLater", line.get("joinedOn"));
                ok = false;
            }
            Position position = v.get("position") == null ? Position.MEMBER : v.get("position");
            if (unit != null && !position.fits(unit.kind())) {
                run.problem(line, "position", "import.member.positionUnfit", line.get("position"));
                ok = false;
            }
            if (!ok) {
                return Outcome.PROBLEM;
            }
            Boolean party = v.get("partyMember");
            MemberDetails details = new MemberDetails(chineseName(v.text("name")), v.<Gender>get("gender"),
                    workUnitId, v.text("post"), v.text("rank"), v.text("specialty"), mobile,
                    Boolean.TRUE.equals(party), v.<MemberType>get("type"), v.text("notes"), idNumber);
            Created mine = created.get(mobile);
            if (mine != null) {
                // live, and (outside a whole-deployment administrator) in the scope through the unit it was made in
                details = keepAbsent(line, mine.details, details);
                String before = mine.details.idNumber();
                boolean changed = false;
                if (!same(mine.details, details)) {
                    update(mine, details);
                    changed = true;
                }
                claim(mobile, before, details.idNumber());
                if (unit != null && !mine.units.contains(unit.id())) {
                    join(mine.id, unit, position, joinedOn);
                    mine.units.add(unit.id());
                    changed = true;
                }
                return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
            }
            Member member = known.get(mobile);
            if (member == null) {
                if (unit == null && !run.scope.wholeDeployment()) {
                    run.problem(line, "unit", "import.member.unitRequired", null);
                    return Outcome.PROBLEM;
                }
                mine = create(details);
                created.put(mobile, mine);
                claim(mobile, null, details.idNumber());
                if (unit != null) {
                    join(mine.id, unit, position, joinedOn);
                    mine.units.add(unit.id());
                }
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
            MemberDetails stored = detailsOf(member);
            details = keepAbsent(line, stored, details);
            boolean changed = false;
            if (!same(stored, details)) {
                member.apply(details, workUnits.findById(details.workUnitId()).orElseThrow(),
                        cipher.digest(details.idNumber()));
                changed = true;
            }
            claim(mobile, stored.idNumber(), details.idNumber());
            if (unit != null && !open.contains(member.getId() + "/" + unit.id())) {
                join(member.getId(), unit, position, joinedOn);
                open.add(member.getId() + "/" + unit.id());
                changed = true;
            }
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        }

        /** A new member: copied (not in a check) with the columns {@code new Member(d, workUnit)} and a save write. */
        private Created create(MemberDetails d) {
            requireStorable(d);
            if (!writes) {
                return new Created(0, d);
            }
            if (memberRows == null) {
                memberIds = bulk.ids("member");
                memberRows = bulk.copy("member", "Member", at, by, "id", "name", "gender", "work_unit_id", "post",
                        "rank", "specialty", "mobile", "party_member", "type", "notes", "archived", "version",
                        "created_at", "created_by", "updated_at", "updated_by", "id_number", "id_number_digest");
            }
            long id = memberIds.next();
            memberRows.row(id, d.name(), d.gender(), d.workUnitId(), d.post(), d.rank(), d.specialty(), d.mobile(),
                    d.partyMember(), d.type(), d.notes(), false, 0, atText, by, atText, by, cipher.seal(d.idNumber()),
                    cipher.digest(d.idNumber()));
            return new Created(id, d);
        }

        /** A new open membership: copied (not in a check), as {@code new Membership(…)} and its save write it. */
        private void join(long memberId, UnitKey unit, Position position, LocalDate joinedOn) {
            if (!writes) {
                return;
            }
            if (membershipRows == null) {
                membershipIds = bulk.ids("membership");
                membershipRows = bulk.copy("membership", "Membership", at, by, "id", "member_id", "unit_id",
                        "position", "joined_on", "version", "created_at", "created_by", "updated_at", "updated_by");
            }
            membershipRows.row(membershipIds.next(), memberId, unit.id(), position, joinedOn, 0, atText, by, atText,
                    by);
        }

        /**
         * A member this file created, changed by a later row: on the entity, as any change (its copied row is sent
         * first and read back; the UPDATED history is the entity's).
         */
        private void update(Created mine, MemberDetails details) {
            requireStorable(details);
            mine.details = details;
            if (!writes) {
                return;
            }
            memberRows.flush();
            members.findById(mine.id).orElseThrow()
                    .apply(details, workUnits.findById(details.workUnitId()).orElseThrow(),
                            cipher.digest(details.idNumber()));
        }

        /**
         * The mobile of the live member who has this ID number, as this file leaves it so far: given by an earlier
         * row, else stored (unless this file has given that member another), else null.
         */
        private String holderOf(String idNumber, Map<String, String> holders) {
            String digest = cipher.digest(idNumber);
            String holder = claimed.get(digest);
            if (holder != null) {
                return holder;
            }
            for (String d : cipher.digests(idNumber)) {
                String stored = holders.get(d);
                if (stored != null && !renumbered.contains(stored)) {
                    return stored;
                }
            }
            return null;
        }

        /** The member of {@code mobile} has {@code now} as ID number, where they had {@code before}. */
        private void claim(String mobile, String before, String now) {
            if (!Objects.equals(before, now)) {
                renumbered.add(mobile);
                if (before != null) {
                    claimed.remove(cipher.digest(before), mobile);
                }
            }
            if (now != null) {
                claimed.put(cipher.digest(now), mobile);
            }
        }

        /** Sends the batch's rows: members first, as their memberships refer to them. */
        void send() {
            if (memberRows != null) {
                memberRows.flush();
            }
            if (membershipRows != null) {
                // a batch's memberships (at most ImportService.BATCH rows of about 100 bytes) stay under the copy's
                // buffer, so none is sent before the members it refers to
                membershipRows.flush();
            }
        }
    }

    /**
     * PostgreSQL refuses text with a NUL character: the entity's insert failed on it (the pass with it), and so must
     * the check, which writes nothing, to find what the import would.
     */
    private static void requireStorable(MemberDetails d) {
        for (String text : new String[] {d.name(), d.post(), d.rank(), d.specialty(), d.notes()}) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a member's text holds a NUL character");
            }
        }
    }

    private static MemberDetails detailsOf(Member m) {
        return new MemberDetails(m.getName(), m.getGender(), m.getWorkUnit().getId(), m.getPost(), m.getRank(),
                m.getSpecialty(), m.getMobile(), m.isPartyMember(), m.getType(), m.getNotes(), m.getIdNumber());
    }

    /**
     * A column the sheet does not have leaves the member's value as it is (a sheet of names and mobiles must not
     * wipe everyone's post): only the optional columns can be absent.
     */
    private static MemberDetails keepAbsent(ImportLine line, MemberDetails m, MemberDetails d) {
        return new MemberDetails(d.name(), d.gender(), d.workUnitId(),
                line.has("post") ? d.post() : m.post(), line.has("rank") ? d.rank() : m.rank(),
                line.has("specialty") ? d.specialty() : m.specialty(), d.mobile(),
                line.has("partyMember") ? d.partyMember() : m.partyMember(), d.type(),
                line.has("notes") ? d.notes() : m.notes(), line.has("idNumber") ? d.idNumber() : m.idNumber());
    }

    /** "王　明" as 王明: spaces inside a Chinese name only align it in the spreadsheet. */
    static String chineseName(String name) {
        return CHINESE_NAME.matcher(name).matches() ? SPACE.matcher(name).replaceAll("") : name;
    }

    /** Whether the stored details {@code m} already say what the row says. */
    private static boolean same(MemberDetails m, MemberDetails d) {
        return Objects.equals(chineseName(Cells.text(m.name())), d.name())
                && m.gender() == d.gender()
                && Objects.equals(m.workUnitId(), d.workUnitId())
                && Objects.equals(SheetImporter.cleaned(m.post()), SheetImporter.blank(d.post()))
                && Objects.equals(SheetImporter.cleaned(m.rank()), SheetImporter.blank(d.rank()))
                && Objects.equals(SheetImporter.cleaned(m.specialty()), SheetImporter.blank(d.specialty()))
                && m.partyMember() == d.partyMember() && m.type() == d.type()
                && Objects.equals(SheetImporter.cleaned(m.notes()), SheetImporter.blank(d.notes()))
                && Objects.equals(m.idNumber(), d.idNumber());
    }
}

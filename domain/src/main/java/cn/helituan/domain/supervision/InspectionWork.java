package cn.helituan.domain.supervision;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.station.CheckIns;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector's work in the village: an inspection of one of the plan's groups (its items' results, the group's
 * cadres present or absent — each absence checked against that day's check-in — and the questionnaire), and the
 * findings it raises with their photos.
 */
@Service
@RequiredArgsConstructor
public class InspectionWork {

    /** Photos a finding may have. */
    public static final int MAX_PHOTOS = 9;

    private final SupervisionPlans plans;
    private final Inspections inspections;
    private final ItemResults results;
    private final Presences presences;
    private final ChecklistItems items;
    private final Findings findings;
    private final FindingPhotos photos;
    private final SupervisionAccess access;
    private final Units units;
    private final Memberships memberships;
    private final CheckIns checkIns;
    private final Clock clock;

    public record ResultLine(long itemId, boolean passed, Integer score, String note) {
    }

    public record Record(Long unitId, LocalDate inspectedOn, boolean announced, String met,
                         Inspection.Questionnaire questionnaire, List<ResultLine> results, Set<Long> presentIds,
                         String note) {
    }

    /** The plan, for an inspector it names (else not found). */
    @Transactional(readOnly = true)
    public SupervisionPlan plan(Scope scope, long planId) {
        SupervisionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!access.readsPlan(scope, plan)) {
            throw new NotFoundException("plan", planId);
        }
        plan.getChecklist().getNumber();
        return plan;
    }

    /** The group's current members, for the presence checkboxes (the group must be one the inspector inspects). */
    @Transactional(readOnly = true)
    public List<Member> cadres(Scope scope, long planId, long unitId) {
        SupervisionPlan plan = plan(scope, planId);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!access.inspects(scope, plan, unit)) {
            throw new NotFoundException("unit", unitId);
        }
        return memberships.currentMembersOf(unitId);
    }

    @Transactional
    public Inspection record(Scope scope, long planId, Record record) {
        SupervisionPlan plan = plan(scope, planId);
        if (record.unitId() == null) {
            throw new RuleViolation("unitId", "supervision.inspection.unit.required");
        }
        Unit unit = units.findById(record.unitId()).orElse(null);
        if (unit == null || !access.inspects(scope, plan, unit)) {
            throw new RuleViolation("unitId", "supervision.unit.outOfScope");
        }
        LocalDate today = LocalDate.now(clock);
        if (record.inspectedOn() != null && record.inspectedOn().isAfter(today)) {
            throw new RuleViolation("inspectedOn", "supervision.inspection.day.future");
        }
        Inspection inspection = inspections.save(new Inspection(plan, unit, scope.username(), record.inspectedOn(),
                record.announced(), blankToNull(record.met()),
                record.questionnaire() == null ? Inspection.Questionnaire.NONE : record.questionnaire(),
                blankToNull(record.note())));
        Map<Long, ResultLine> lines = new HashMap<>();
        for (ResultLine line : record.results() == null ? List.<ResultLine>of() : record.results()) {
            lines.put(line.itemId(), line);
        }
        for (ChecklistItem item : items.findByChecklistIdOrderByPosition(plan.getChecklist().getId())) {
            ResultLine line = lines.remove(item.getId());
            if (line == null) {
                throw new RuleViolation("results", "supervision.result.missing", item.getName());
            }
            results.save(new ItemResult(inspection, item, line.passed(), line.score(), blankToNull(line.note())));
        }
        if (!lines.isEmpty()) {
            throw new RuleViolation("results", "supervision.result.unknownItem");
        }
        Set<Long> present = record.presentIds() == null ? Set.of() : record.presentIds();
        List<Member> cadres = memberships.currentMembersOf(unit.getId());
        if (!cadres.stream().map(Member::getId).toList().containsAll(present)) {
            throw new RuleViolation("presentIds", "supervision.presence.notMember");
        }
        for (Member cadre : cadres) {
            presences.save(new Presence(inspection, cadre, present.contains(cadre.getId()),
                    checkIns.existsByMemberIdAndDay(cadre.getId(), inspection.getInspectedOn())));
        }
        return inspection;
    }

    /** A finding of the inspection, by its inspector (or another inspector or org admin over the group). */
    @Transactional
    public Finding addFinding(Scope scope, long inspectionId, Finding.Details details, List<PhotoUpload> uploads) {
        Inspection inspection = inspections.findById(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
        access.requireUnit(scope, inspection.getUnit(), "inspection", inspectionId);
        if (!canAddFinding(scope, inspection)) {
            throw new ForbiddenException("finding");
        }
        ChecklistItem item = null;
        if (details.itemId() != null) {
            item = items.findById(details.itemId())
                    .filter(i -> i.getChecklist().getId().equals(inspection.getChecklist().getId()))
                    .orElseThrow(() -> new RuleViolation("itemId", "supervision.finding.item.unknown"));
        }
        Member member = null;
        if (details.memberId() != null) {
            member = memberships.currentMembersAmong(inspection.getUnit().getId(), List.of(details.memberId()))
                    .stream().findFirst()
                    .orElseThrow(() -> new RuleViolation("memberId", "supervision.presence.notMember"));
        }
        Finding finding = findings.save(new Finding(inspection, item, member, details.what(), details.place(),
                details.severity(), details.deadline()));
        if (uploads.size() > MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        for (PhotoUpload upload : uploads) {
            FindingPhoto photo = photos.save(new FindingPhoto(finding, upload));
            photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        }
        return finding;
    }

    @Transactional(readOnly = true)
    public boolean canAddFinding(Scope scope, Inspection inspection) {
        return scope.role() == cn.helituan.domain.common.Role.INSPECTOR
                && scope.covers(inspection.getUnit().getPath())
                || scope.role() == cn.helituan.domain.common.Role.ORG_ADMIN
                && scope.covers(inspection.getUnit().getPath());
    }

    /** A photo of a finding: by whoever may verify it (what was seen) or answer it (the evidence), while open. */
    @Transactional
    public FindingPhoto addPhoto(Scope scope, long findingId, PhotoUpload upload) {
        Finding finding = findings.findById(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        access.requireUnit(scope, finding.getUnit(), "finding", findingId);
        if (!access.verifies(scope, finding) && !access.answers(scope, finding)) {
            throw new ForbiddenException("finding photos");
        }
        if (finding.isClosed()) {
            throw RuleViolation.global("supervision.finding.closed");
        }
        if (photos.countByFindingIdAndRemovedFalse(findingId) >= MAX_PHOTOS) {
            throw new RuleViolation("photos", "activity.photos.tooMany", MAX_PHOTOS);
        }
        FindingPhoto photo = photos.save(new FindingPhoto(finding, upload));
        photos.writeBytes(photo.getId(), upload.content(), upload.thumbnail());
        return photo;
    }

    @Transactional
    public void removePhoto(Scope scope, long findingId, long photoId) {
        Finding finding = findings.findById(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        access.requireUnit(scope, finding.getUnit(), "finding", findingId);
        if (!access.verifies(scope, finding) && !access.answers(scope, finding)) {
            throw new ForbiddenException("finding photos");
        }
        if (finding.isClosed()) {
            throw RuleViolation.global("supervision.finding.closed");
        }
        photoOf(scope, findingId, photoId).remove();
    }

    @Transactional(readOnly = true)
    public FindingPhoto photoOf(Scope scope, long findingId, long photoId) {
        Finding finding = findings.findById(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        access.requireUnit(scope, finding.getUnit(), "finding", findingId);
        return photos.findById(photoId).filter(p -> !p.isRemoved() && p.getFinding().getId() == findingId)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    /** A photo's image (or thumbnail), for whoever reads the finding. */
    @Transactional(readOnly = true)
    public byte[] photoBytes(Scope scope, long findingId, long photoId, boolean thumbnail) {
        Finding finding = findings.findById(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        access.requireUnit(scope, finding.getUnit(), "finding", findingId);
        FindingPhoto photo = photos.findById(photoId)
                .filter(p -> !p.isRemoved() && p.getFinding().getId() == findingId)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return photos.bytes(photo.getId(), thumbnail);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package cn.helituan.domain.casebook;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.Units;
import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authors' side of a case: drafting (blank or pre-filled, see {@link CasePrefill}), editing, the figures linked
 * to their records, submitting for review.
 */
@Service
@RequiredArgsConstructor
public class CaseWriting {

    /** Figures a case may cite. */
    public static final int MAX_FIGURES = 10;
    /** Records the figure picker lists at a time. */
    public static final int MAX_PICKS = 20;
    /** Units a case's form offers (a sub-team's or a county's; a province's admin writes of the units nearest). */
    public static final int MAX_UNITS = 500;

    private final CaseStudies studies;
    private final CaseFigures figures;
    private final CaseAccess access;
    private final Units units;
    private final AssistedObjects objects;
    private final AssistedService assisted;
    private final cn.helituan.domain.assisted.Relationships relationships;
    private final CaseGallery gallery;

    /** The objects paired (now or before) with a group in the scope: a non-admin author's choices. */
    @Transactional(readOnly = true)
    public java.util.List<AssistedObject> pairedObjects(Scope scope) {
        java.util.Map<Long, AssistedObject> paired = new java.util.LinkedHashMap<>();
        relationships.inPath(scope.pathFilter(), org.springframework.data.domain.Pageable.unpaged()).stream()
                .filter(r -> !r.getObject().isArchived())
                .forEach(r -> paired.putIfAbsent(r.getObject().getId(), r.getObject()));
        return java.util.List.copyOf(paired.values());
    }

    public void requireAuthor(Scope scope) {
        if (!access.mayDraft(scope)) {
            throw new ForbiddenException("draft case");
        }
    }

    @Transactional
    public CaseStudy draft(Scope scope, CaseDetails details, String source, Long stopId) {
        requireAuthor(scope);
        CaseStudy study = studies.save(new CaseStudy(unit(scope, details.unitId()), details,
                object(scope, details.objectId()), source, stopId));
        if (stopId != null) {
            gallery.copyFromStop(scope, study.getId(), stopId);
        }
        return study;
    }

    @Transactional
    public CaseStudy edit(Scope scope, long id, long version, CaseDetails details) {
        CaseStudy study = access.writable(scope, id);
        study.checkVersion(version);
        study.apply(details, details.unitId() == null || study.getUnit() != null
                && details.unitId().equals(study.getUnit().getId()) ? study.getUnit() : unit(scope, details.unitId()),
                object(scope, details.objectId()));
        return study;
    }

    @Transactional
    public CaseStudy submit(Scope scope, long id, long version) {
        CaseStudy study = access.writable(scope, id);
        study.checkVersion(version);
        study.submit();
        return study;
    }

    /** Cites a record's figure: the record must lie in the author's scope; its value now is kept. */
    @Transactional
    public CaseFigure addFigure(Scope scope, long id, CaseMeasure measure, Long recordId) {
        CaseStudy study = access.writable(scope, id);
        if (measure == null || recordId == null) {
            throw RuleViolation.global("casebook.figure.required");
        }
        if (figures.findByCaseIdAndRemovedFalseOrderById(id).size() >= MAX_FIGURES) {
            throw RuleViolation.global("casebook.figure.tooMany", MAX_FIGURES);
        }
        if (!figures.inScope(measure, recordId, scope.pathFilter())) {
            throw RuleViolation.global("casebook.figure.record");
        }
        BigDecimal value = figures.current(measure, recordId)
                .orElseThrow(() -> RuleViolation.global("casebook.figure.record"));
        String title = figures.titleOf(measure, recordId).orElse(String.valueOf(recordId));
        return figures.save(new CaseFigure(study.getId(), measure, recordId, title, value));
    }

    /**
     * The records the author may cite for the measure whose title contains the text (all when blank), newest first,
     * at most {@link #MAX_PICKS}: only a writer of the case is answered, and only with records inside their scope.
     */
    @Transactional(readOnly = true)
    public java.util.List<CaseRecordPick> pickRecords(Scope scope, long id, CaseMeasure measure, String text) {
        access.writable(scope, id);
        return figures.pick(measure.kind(), scope.pathFilter(), cn.helituan.domain.common.NamePattern.contains(text),
                MAX_PICKS);
    }

    /** Takes the record's value now into a figure that has changed since it was drafted. */
    @Transactional
    public CaseFigure refreshFigure(Scope scope, long id, long figureId) {
        access.writable(scope, id);
        CaseFigure figure = figure(id, figureId);
        figure.refresh(figures.current(figure.getMeasure(), figure.getRecordId())
                .orElseThrow(() -> RuleViolation.global("casebook.figure.gone")));
        return figure;
    }

    @Transactional
    public void removeFigure(Scope scope, long id, long figureId) {
        access.writable(scope, id);
        figure(id, figureId).remove();
    }

    private CaseFigure figure(long id, long figureId) {
        return figures.findById(figureId).filter(f -> !f.isRemoved() && f.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("caseFigure", figureId));
    }

    /** The units a case may be of: the live units inside the author's scope (at most {@code MAX_UNITS}). */
    @Transactional(readOnly = true)
    public java.util.List<cn.helituan.domain.team.UnitOption> unitChoices(Scope scope) {
        if (!access.mayDraft(scope)) {
            return java.util.List.of();
        }
        return units.selectableOptions(scope.pathFilter()).stream().limit(MAX_UNITS).toList();
    }

    /** The unit chosen (it must be live and inside the scope); none chosen: the author's own. */
    private Unit unit(Scope scope, Long unitId) {
        Long id = unitId == null ? scope.unitId() : unitId;
        if (id == null) {
            return null;
        }
        return units.findById(id).filter(u -> !u.isArchived()).filter(u -> scope.covers(u.getPath()))
                .orElseThrow(() -> new RuleViolation("unitId", "casebook.unit"));
    }

    private AssistedObject object(Scope scope, Long objectId) {
        if (objectId == null) {
            return null;
        }
        return objects.findById(objectId).filter(o -> !o.isArchived()).filter(o -> assisted.mayRead(scope, objectId))
                .orElseThrow(() -> new RuleViolation("objectId", "casebook.object"));
    }
}

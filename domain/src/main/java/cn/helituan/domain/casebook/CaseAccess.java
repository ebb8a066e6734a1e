package cn.helituan.domain.casebook;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a case, in one place: a published case is read by every account; a draft by the roster readers
 * whose scope holds its unit (a whole-deployment admin's drafts, without a unit, by that admin level only); drafts are
 * written by group leaders, sub-team leaders and org admins whose scope holds the unit; org admins review and publish.
 */
@Component
@RequiredArgsConstructor
public class CaseAccess implements cn.helituan.domain.contest.CaseDrafting {

    private final CaseStudies studies;

    @Transactional(readOnly = true)
    public CaseStudy readable(Scope scope, long id) {
        CaseStudy study = studies.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        if (!reads(scope, study)) {
            throw new NotFoundException("case", id);
        }
        return study;
    }

    /**
     * The case, if the scope may change it (its draft's author side); a published case is refused with its rule
     * ("casebook.published"), another scope's case with 403.
     */
    @Transactional(readOnly = true)
    public CaseStudy writable(Scope scope, long id) {
        CaseStudy study = readable(scope, id);
        if (!writes(scope, study)) {
            if (study.isPublished()) {
                throw RuleViolation.global("casebook.published");
            }
            throw new ForbiddenException("write case");
        }
        return study;
    }

    public boolean reads(Scope scope, CaseStudy study) {
        return study.isPublished() || scope.canReadRoster() && holds(scope, study);
    }

    @Override
    public boolean mayDraft(Scope scope) {
        return (scope.role() == Role.ORG_ADMIN || scope.role() == Role.SUB_TEAM_LEADER
                || scope.role() == Role.GROUP_LEADER) && (scope.unitPath() != null || scope.wholeDeployment());
    }

    public boolean writes(Scope scope, CaseStudy study) {
        return !study.isPublished() && mayDraft(scope) && holds(scope, study);
    }

    public boolean reviews(Scope scope, CaseStudy study) {
        return scope.role() == Role.ORG_ADMIN && holds(scope, study);
    }

    /** The prefix of the drafts' units the scope reads in the list ("" = all), or null for none. */
    public String draftsPrefix(Scope scope) {
        if (!scope.canReadRoster() || !(mayDraft(scope) || scope.role() == Role.REVIEWER)) {
            return null;
        }
        return scope.pathFilter();
    }

    private static boolean holds(Scope scope, CaseStudy study) {
        return study.getUnit() == null ? scope.wholeDeployment() : scope.covers(study.getUnit().getPath());
    }
}

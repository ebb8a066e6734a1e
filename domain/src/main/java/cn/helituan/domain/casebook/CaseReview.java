package cn.helituan.domain.casebook;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org admin's review: a submitted case is published — refused while any of its figures differs from its record
 * now ("changed since": the author takes the new value or removes the figure first) — or given back to its author.
 */
@Service
@RequiredArgsConstructor
public class CaseReview {

    private final CaseAccess access;
    private final CaseFigures figures;
    private final Clock clock;

    @Transactional
    public CaseStudy publish(Scope scope, long id, long version) {
        CaseStudy study = reviewed(scope, id);
        study.checkVersion(version);
        Map<Long, BigDecimal> now = figures.currentOf(id);
        List<String> changed = figures.findByCaseIdAndRemovedFalseOrderById(id).stream()
                .filter(f -> now.get(f.getId()) == null || now.get(f.getId()).compareTo(f.getValue()) != 0)
                .map(CaseFigure::getLabel).toList();
        if (!changed.isEmpty()) {
            throw RuleViolation.global("casebook.figure.changed", changed.stream().collect(Collectors.joining("、")));
        }
        study.publish(scope.username(), clock.instant());
        return study;
    }

    @Transactional
    public CaseStudy giveBack(Scope scope, long id, long version) {
        CaseStudy study = reviewed(scope, id);
        study.checkVersion(version);
        study.returnToDraft();
        return study;
    }

    private CaseStudy reviewed(Scope scope, long id) {
        CaseStudy study = access.readable(scope, id);
        if (!access.reviews(scope, study)) {
            throw new ForbiddenException("review case");
        }
        return study;
    }
}

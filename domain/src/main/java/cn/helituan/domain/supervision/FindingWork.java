package cn.helituan.domain.supervision;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finding's rectification: the responsible group's answer, the inspector's verdict (accepted or returned, never
 * by the one who answered), reopening a closed one with a reason, changes while it is not closed. Each step checks
 * who may take it ({@link SupervisionAccess}), the version the user saw, then the finding's own state rule.
 */
@Service
@RequiredArgsConstructor
public class FindingWork {

    private final Findings findings;
    private final SupervisionAccess access;
    private final Clock clock;

    @Transactional
    public Finding answer(Scope scope, long id, long version, String text) {
        Finding finding = readable(scope, id);
        if (!access.answers(scope, finding)) {
            throw new ForbiddenException("answer finding");
        }
        finding.checkVersion(version);
        finding.answer(text, scope.username(), clock.instant());
        return finding;
    }

    @Transactional
    public Finding verify(Scope scope, long id, long version, boolean accepted, String reason) {
        Finding finding = readable(scope, id);
        if (!access.verifies(scope, finding)) {
            throw new ForbiddenException("verify finding");
        }
        finding.checkVersion(version);
        finding.verify(accepted, reason, scope.username(), LocalDate.now(clock));
        return finding;
    }

    @Transactional
    public Finding reopen(Scope scope, long id, long version, String reason, LocalDate deadline) {
        Finding finding = readable(scope, id);
        if (!access.verifies(scope, finding)) {
            throw new ForbiddenException("reopen finding");
        }
        finding.checkVersion(version);
        finding.reopen(reason, deadline);
        return finding;
    }

    @Transactional
    public Finding change(Scope scope, long id, long version, String what, Severity severity, LocalDate deadline) {
        Finding finding = readable(scope, id);
        if (!access.verifies(scope, finding)) {
            throw new ForbiddenException("change finding");
        }
        finding.checkVersion(version);
        finding.change(what, severity, deadline);
        return finding;
    }

    private Finding readable(Scope scope, long id) {
        Finding finding = findings.findById(id).orElseThrow(() -> new NotFoundException("finding", id));
        access.requireUnit(scope, finding.getUnit(), "finding", id);
        return finding;
    }
}

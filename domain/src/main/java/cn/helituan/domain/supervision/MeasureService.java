package cn.helituan.domain.supervision;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures against cadres (提醒谈话, 批评教育, 诫勉谈话, 组织调整): recorded by an org admin over the cadre with the
 * finding (about the cadre or their group) or the evaluation behind them; read as {@link SupervisionAccess} says.
 */
@Service
@RequiredArgsConstructor
public class MeasureService {

    private final Measures measures;
    private final MeasureKinds kinds;
    private final Findings findings;
    private final MemberService members;
    private final SupervisionAccess access;
    private final History history;
    private final Clock clock;

    /** {@code kindId}: one of the kinds the form offers (an archived one is refused as unknown). */
    public record Command(Long memberId, Long kindId, Long findingId, String basis, LocalDate decidedOn,
                          String documentNo, String note) {
    }

    /** A seeded kind's id by its code ({@link MeasureKind#REMINDER_TALK}…), for the demo and the tests. */
    @Transactional(readOnly = true)
    public long kindOf(String code) {
        return kinds.findByCode(code).orElseThrow(() -> new NotFoundException("measureKind", code)).getId();
    }

    @Transactional
    public Measure record(Scope scope, Command command) {
        if (!access.recordsMeasures(scope)) {
            throw new ForbiddenException("measure");
        }
        if (command.memberId() == null) {
            throw new RuleViolation("memberId", "supervision.measure.member.required");
        }
        Member member;
        try {
            member = members.get(scope, command.memberId());
        } catch (NotFoundException e) {
            throw new RuleViolation("memberId", "supervision.measure.member.outOfScope");
        }
        Finding finding = null;
        if (command.findingId() != null) {
            finding = findings.findById(command.findingId())
                    .filter(f -> access.readsUnit(scope, f.getUnit()))
                    .orElseThrow(() -> new RuleViolation("findingId", "supervision.measure.finding.unknown"));
        }
        MeasureKind kind = command.kindId() == null ? null : kinds.findById(command.kindId())
                .filter(k -> !k.isArchived())
                .orElseThrow(() -> new RuleViolation("kind", "supervision.measure.kind.unknown"));
        return measures.save(new Measure(member, kind, finding, command.basis(), command.decidedOn(),
                command.documentNo(), command.note(), LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public Page<Measure> list(Scope scope, Pageable pageable) {
        if (!access.readsMeasures(scope)) {
            return Page.empty(pageable);
        }
        return measures.search(scope.pathFilter(), pageable);
    }

    /** A cadre's measures on their page: null when the reader may not see them. */
    @Transactional(readOnly = true)
    public List<Measure> ofMember(Scope scope, long memberId) {
        if (!access.readsMeasures(scope)) {
            return null;
        }
        members.get(scope, memberId);
        return measures.ofMember(memberId);
    }

    @Transactional(readOnly = true)
    public Measure get(Scope scope, long id) {
        Measure measure = measures.findById(id).orElseThrow(() -> new NotFoundException("measure", id));
        if (!access.readsMeasures(scope)) {
            throw new NotFoundException("measure", id);
        }
        try {
            members.get(scope, measure.getMember().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException("measure", id);
        }
        measure.getMember().getName();
        measure.getKind().getName();
        if (measure.getFinding() != null) {
            measure.getFinding().getWhat();
        }
        return measure;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(Measure.class, id);
    }
}

package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's budget ledger (经费台账): spending entries by the team's managers within the balance, beyond it only with
 * the org admin's recorded override; cancelling an entry (with a reason) gives its amount back. Entries are checked
 * against the balance under the team's row lock, so two at once cannot both fit the same last yuan.
 */
@Service
@RequiredArgsConstructor
public class CrossTeamBudget {

    /** The largest attachment kept (an invoice's photo or PDF). */
    public static final int MAX_ATTACHMENT = 10 * 1024 * 1024;

    private final CrossTeamAccess access;
    private final Spendings spendings;
    private final CrossTeamLinks links;
    private final Clock clock;

    @Transactional
    public Spending spend(Scope scope, long teamId, SpendingDetails details, Attachment attachment) {
        CrossTeam team = access.managed(scope, teamId);
        if (details.spentOn() == null) {
            throw new RuleViolation("spentOn", "crossteam.spending.date");
        }
        if (details.spentOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("spentOn", "crossteam.spending.future");
        }
        if (details.spentOn().getYear() != team.getYear()) {
            throw new RuleViolation("spentOn", "crossteam.spending.year", team.getYear());
        }
        if (details.purpose() == null || details.purpose().isBlank()) {
            throw new RuleViolation("purpose", "crossteam.spending.purpose");
        }
        if (details.activityId() != null && !links.isTeamActivity(team.getId(), details.activityId())) {
            throw new RuleViolation("activityId", "crossteam.spending.activity");
        }
        if (details.projectId() != null && !links.projectExists(details.projectId())) {
            throw new RuleViolation("projectId", "crossteam.spending.project");
        }
        if (attachment != null && attachment.content().length > MAX_ATTACHMENT) {
            throw new RuleViolation("attachment", "crossteam.spending.attachmentTooLarge");
        }
        spendings.lockTeam(team.getId());
        BudgetLedger ledger = BudgetLedger.of(team.getAllocation(), spendings.ofTeam(team.getId()));
        String overrideBy = ledger.admit(details, scope.username(),
                scope.role() == Role.ORG_ADMIN && access.administers(scope, team));
        Spending spending = new Spending(team.getId(), details, overrideBy);
        if (attachment != null) {
            spending.attach(attachment.name(), attachment.contentType());
        }
        spending = spendings.save(spending);
        if (attachment != null) {
            spendings.writeAttachment(spending.getId(), attachment.content());
        }
        return spending;
    }

    @Transactional
    public Spending cancel(Scope scope, long teamId, long spendingId, long version, String reason) {
        CrossTeam team = access.managed(scope, teamId);
        Spending spending = entry(team, spendingId);
        spending.checkVersion(version);
        spending.cancel(reason);
        return spending;
    }

    /** The attachment of an entry the reader may read. */
    @Transactional(readOnly = true)
    public Attachment attachment(Scope scope, long teamId, long spendingId) {
        CrossTeam team = access.readable(scope, teamId);
        Spending spending = entry(team, spendingId);
        if (!spending.hasAttachment()) {
            throw new NotFoundException("attachment", spendingId);
        }
        return new Attachment(spending.getAttachmentName(), spending.getAttachmentType(),
                spendings.attachment(spendingId));
    }

    private Spending entry(CrossTeam team, long spendingId) {
        return spendings.findById(spendingId).filter(s -> s.getTeamId().equals(team.getId()))
                .orElseThrow(() -> new NotFoundException("spending", spendingId));
    }

    /** A file attached to an entry. */
    public record Attachment(String name, String contentType, byte[] content) {
    }
}

package cn.helituan.domain.reminder;

import cn.helituan.domain.common.Scope;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org admin's list of the reminders sent: what, to whom, when, and the channel's answer. Org admins only (403
 * for everyone else); a team's org admin sees the reminders to the accounts the accounts list shows them.
 */
@Service
@RequiredArgsConstructor
public class ReminderListing {

    private final ReminderStore store;

    @Transactional(readOnly = true)
    public Page<ReminderLine> list(Scope scope, LocalDate day, ReminderKind kind, Pageable pageable) {
        scope.requireAccounts();
        return store.page(scope.pathFilter(), day, kind, pageable);
    }
}

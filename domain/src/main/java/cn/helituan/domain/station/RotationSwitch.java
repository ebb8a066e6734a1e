package cn.helituan.domain.station;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The account switch of a rotation, on its days. A cadre's access to a village comes two ways: an account scoped to
 * the village (a FIRST_SECRETARY account, {@code account.scope_object_id}: its own binding, so it is disabled), and
 * the stationing itself (check-in, days away, major matters: the member's stationing in force by its dates, so the
 * dates are the switch). On the start day — the end day over — the outgoing cadre's enabled accounts on the village
 * are disabled and the incoming cadre's stationing is in force, which the rotation notes. Each step once.
 */
@Component
@RequiredArgsConstructor
class RotationSwitch {

    private final Accounts accounts;

    /** Does what is due on the day for the rotation; how many steps it took (0, 1 or 2). */
    int switchOn(Rotation rotation, LocalDate day) {
        int done = 0;
        if (rotation.closeOutgoing(day)) {
            accounts.findByScopeObject_IdAndMember_IdAndEnabledTrue(rotation.getObject().getId(),
                    rotation.getOutgoing().getMember().getId()).forEach(Account::disable);
            done++;
        }
        if (rotation.openIncoming(day)) {
            done++;
        }
        return done;
    }
}

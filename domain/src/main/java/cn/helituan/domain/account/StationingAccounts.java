package cn.helituan.domain.account;

import cn.helituan.domain.assisted.StationingEnded;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A first secretary who has left no longer reads or confirms for the village: when their stationing ends, their
 * enabled accounts on that village are disabled in the same transaction (a plain listener, not a transactional
 * one, so a failure rolls the ending back too).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StationingAccounts {

    private final Accounts accounts;

    @EventListener
    void on(StationingEnded ended) {
        accounts.findByScopeObject_IdAndMember_IdAndEnabledTrue(ended.objectId(), ended.memberId())
                .forEach(Account::disable);
    }
}

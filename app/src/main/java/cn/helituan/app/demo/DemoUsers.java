package cn.helituan.app.demo;

import cn.helituan.domain.account.AccountScopes;
import cn.helituan.domain.common.Scope;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The demo county's steps taken by its people rather than by "system": each runs as that account (its scope, and
 * signed in for the auditing, so the record and its history name the person) and is flushed before the next one, so
 * who saved what is settled while that account is still the one signed in.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoUsers {

    private final AccountScopes accounts;
    private final EntityManager em;

    /** Runs a step as the demo account with this user name, given its scope; returns what the step returns. */
    <T> T as(String username, Function<Scope, T> step) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            em.flush(); // the scope is read by a plain statement, which sees only what was written
        }
        Scope scope = accounts.ofEnabled(username).orElseThrow();
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            T result = step.apply(scope);
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                em.flush(); // a step outside a transaction (the imports) commits its own
            }
            return result;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The same, with a scope of the user made by the caller (the org admin acting for one team). */
    <T> T as(String username, Scope scope, Function<Scope, T> step) {
        return as(username, ignored -> step.apply(scope));
    }
}

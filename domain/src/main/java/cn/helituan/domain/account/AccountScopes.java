package cn.helituan.domain.account;

import cn.helituan.domain.common.Scope;
import java.util.Optional;

/**
 * The scope of a signed-in account, read on every request so that a move or a role change applies at once: one
 * statement, no entity loaded, no transaction of its own (issue 25: through the repository and a JPA transaction it
 * was a tenth of a small page's CPU time).
 */
public interface AccountScopes {

    /** The scope of the enabled account with this username (ignoring case); empty for a disabled or unknown one. */
    Optional<Scope> ofEnabled(String username);
}

package cn.helituan.web.security;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import java.time.Clock;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for login: locked while its lock-out lasts, refused when disabled; with its display name. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final Clock clock;

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.forLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new AccountUser(account.getUsername(), account.getPasswordHash(), account.getRole().name(),
                account.isEnabled(), account.isLocked(clock.instant()), account.getDisplayName());
    }
}

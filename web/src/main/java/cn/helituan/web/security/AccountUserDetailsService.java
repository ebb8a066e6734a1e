package cn.helituan.web.security;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import java.time.Clock;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for login: locked while its lock-out lasts, refused when disabled. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final Clock clock;

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.forLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .accountLocked(account.isLocked(clock.instant()))
                .disabled(!account.isEnabled())
                .build();
    }
}

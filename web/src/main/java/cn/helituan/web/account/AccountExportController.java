package cn.helituan.web.account;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accounts of the admin's scope, to Excel (no passwords, of course: not even their hashes). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountExportController {

    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.Account.username", "field.Account.displayName",
            "field.Account.role", "field.Account.scopeUnit", "field.Account.scopeObject", "field.Account.enabled",
            "field.Account.lastLoginAt");

    private final AccountService accounts;
    private final Exports exports;
    private final Formats formats;

    @GetMapping("/accounts/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        exports.send(response, locale, "accounts.title", HEADERS, CHUNK, page -> accounts.page(scope, page),
                (Account a) -> new Object[] {a.getUsername(), a.getDisplayName(), exports.label(a.getRole(), locale),
                    a.getScopeUnit() == null ? null : a.getScopeUnit().getName(),
                    a.getScopeObject() == null ? null : a.getScopeObject().getName(),
                    exports.yesNo(a.isEnabled(), locale),
                    a.getLastLoginAt() == null ? null : formats.time(a.getLastLoginAt())});
    }
}

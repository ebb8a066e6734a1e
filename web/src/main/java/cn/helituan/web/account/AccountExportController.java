package cn.helituan.web.account;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accounts of the admin's scope, to Excel (no passwords, of course: not even their hashes). */
@Controller
class AccountExportController {

    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.Account.username", "field.Account.displayName",
            "field.Account.role", "field.Account.scopeUnit", "field.Account.scopeObject", "field.Account.enabled",
            "field.Account.lastLoginAt");

    private final AccountService accounts;
    private final MessageSource messages;
    private final Formats formats;

    AccountExportController(AccountService accounts, MessageSource messages, Formats formats) {
        this.accounts = accounts;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/accounts/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        Page<Account> page = accounts.page(scope, PageRequest.of(0, CHUNK));
        String title = messages.getMessage("accounts.title", null, locale);
        try (XlsxExport export = new XlsxExport(title, HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList())) {
            while (true) {
                for (Account a : page.getContent()) {
                    export.row(a.getUsername(), a.getDisplayName(),
                            label(a.getRole(), locale),
                            a.getScopeUnit() == null ? null : a.getScopeUnit().getName(),
                            a.getScopeObject() == null ? null : a.getScopeObject().getName(),
                            messages.getMessage(a.isEnabled() ? "export.yes" : "export.no", null, locale),
                            a.getLastLoginAt() == null ? null : formats.time(a.getLastLoginAt()));
                }
                if (!page.hasNext()) {
                    break;
                }
                page = accounts.page(scope, page.nextPageable());
            }
            export.send(response, title + ".xlsx");
        }
    }

    private String label(Enum<?> value, Locale locale) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, key, locale);
    }
}

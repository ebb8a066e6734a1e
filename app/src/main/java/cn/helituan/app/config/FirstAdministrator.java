package cn.helituan.app.config;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.account.PasswordPolicy;
import cn.helituan.domain.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production start has no accounts: the first organization-department administrator (whole deployment) is
 * created from {@code HELITUAN_ADMIN_USERNAME} (default admin) and {@code HELITUAN_ADMIN_PASSWORD} when no account
 * exists yet, and must change that password at first login.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String auditorUsername;
    private final String auditorPassword;

    FirstAdministrator(Accounts accounts, PasswordEncoder passwordEncoder,
                       @Value("${helituan.admin.username:admin}") String username,
                       @Value("${helituan.admin.password:}") String password,
                       @Value("${helituan.auditor.username:auditor}") String auditorUsername,
                       @Value("${helituan.auditor.password:}") String auditorPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
        this.auditorUsername = auditorUsername;
        this.auditorPassword = auditorPassword;
    }

    /**
     * The security auditor (安全审计员) is set up here, by whoever runs the server, never by the org admin (三员分立):
     * from {@code HELITUAN_AUDITOR_USERNAME} (default auditor) and {@code HELITUAN_AUDITOR_PASSWORD}, when no account
     * has that name yet; the password must be changed at first login.
     */
    @Transactional
    public void createAuditorIfWanted() {
        if (auditorPassword.isBlank() || accounts.existsByUsernameIgnoreCase(auditorUsername)) {
            return;
        }
        if (!PasswordPolicy.acceptable(auditorPassword, auditorUsername)) {
            throw new IllegalStateException("HELITUAN_AUDITOR_PASSWORD needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters of " + PasswordPolicy.MIN_KINDS + " kinds, without the user name, and not a"
                    + " common password");
        }
        Account auditor = new Account(auditorUsername, passwordEncoder.encode(auditorPassword), "安全审计员");
        auditor.assign(Role.AUDITOR, null, null, null);
        accounts.save(auditor);
        log.info("Created the security auditor '{}'; the password must be changed at first login.", auditorUsername);
    }

    /** Creates the first administrator when no account exists and a password is configured. */
    @Transactional
    public void createIfWanted() {
        if (accounts.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No account exists. Set HELITUAN_ADMIN_PASSWORD (and optionally HELITUAN_ADMIN_USERNAME) "
                    + "to create the first administrator.");
            return;
        }
        if (!PasswordPolicy.acceptable(password, username)) {
            throw new IllegalStateException("HELITUAN_ADMIN_PASSWORD needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters of " + PasswordPolicy.MIN_KINDS + " kinds (capitals, small letters, digits,"
                    + " symbols), without the user name, and not a common password");
        }
        Account admin = new Account(username, passwordEncoder.encode(password), "组织部管理员");
        admin.assign(Role.ORG_ADMIN, null, null, null);
        accounts.save(admin);
        log.info("Created the first administrator '{}'; the password must be changed at first login.", username);
    }
}

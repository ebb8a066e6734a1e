package cn.helituan.app.account;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import cn.helituan.domain.account.AccountDetails;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.account.ApiTokenService;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounts' endpoints (AccountController, AccountExportController, ApiTokenController), org admins' only: the
 * outsiders are refused every one of them, here on an account of the welfare sub-team's medical group (made here,
 * with an API token: the demo county has neither).
 */
class AccountProbes implements FeatureProbes {

    static final String USERNAME = "probe-medical-leader";
    private static final String TOKEN = "探针令牌";

    private final JdbcTemplate jdbc;
    private final Demo demo;
    private final long accountId;
    private final long tokenId;

    AccountProbes(JdbcTemplate jdbc, Demo demo, AccountService accounts, ApiTokenService tokens) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.accountId = medicalAccount(jdbc, demo, accounts);
        List<Long> issued = jdbc.queryForList("select id from api_token where account_id = ? and name = ?",
                Long.class, accountId, TOKEN);
        this.tokenId = issued.isEmpty() ? tokens.issue(Scope.system(), accountId, TOKEN).token().getId()
                : issued.get(0);
    }

    /** The medical group's leader account, made once (the test context is shared). */
    static synchronized long medicalAccount(JdbcTemplate jdbc, Demo demo, AccountService accounts) {
        List<Long> found = jdbc.queryForList("select id from account where username = ?", Long.class, USERNAME);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return accounts.create(Scope.system(), new AccountDetails(USERNAME, "医疗小组组长", Role.GROUP_LEADER,
                demo.unitId(Demo.MEDICAL_GROUP), null, null)).account().getId();
    }

    @Override
    public List<Probe> probes() {
        long medical = demo.unitId(Demo.MEDICAL_GROUP);
        String version = String.valueOf(
                jdbc.queryForObject("select version from account where id = ?", Long.class, accountId));
        String page = "/accounts/" + accountId;
        return new ProbeSet()
                .refused("GET", "/accounts")
                .refused("GET", "/accounts/export")
                // who is online, and ending a session (a made-up handle: refused before it is looked for)
                .refused("GET", "/accounts/sessions")
                .refused("POST", "/accounts/sessions/0123456789abcdef/end")
                .refused("GET", "/accounts/new?member=" + demo.memberIn(Demo.MEDICAL_GROUP))
                .refused("POST", "/accounts/new", "username", "intruder-medical", "displayName", "越权",
                        "role", "GROUP_LEADER", "scopeUnitId", String.valueOf(medical))
                .refused("GET", page)
                .refused("GET", page + "/edit")
                .refused("POST", page + "/edit", "displayName", "越权", "role", "ORG_ADMIN", "version", version)
                .refused("POST", page + "/reset-password", "version", version)
                .refused("POST", page + "/unlock", "version", version)
                .refused("POST", page + "/second-factor/reset", "version", version)
                .refused("POST", page + "/disable", "version", version)
                .refused("POST", page + "/enable", "version", version)
                .refused("POST", page + "/tokens", "name", "越权令牌")
                .refused("POST", page + "/tokens/" + tokenId + "/revoke")
                .probes();
    }
}

package cn.helituan.app.export;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Jobs;
import cn.helituan.domain.account.AccountService;
import cn.helituan.web.common.LargeExports;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** A background export (ExportController) is its owner's only: the outsiders are refused its page, progress and file. */
class ExportProbes implements FeatureProbes {

    private final long exportId;

    ExportProbes(LargeExports large, AccountService accounts, JdbcTemplate jdbc) {
        this.exportId = large.queue(accounts.scopeOf("admin").orElseThrow(), "activities", "", 0,
                Locale.SIMPLIFIED_CHINESE);
        // finished before the probes are sent: they check that nothing in the database changes meanwhile
        Jobs.awaitStatus(jdbc, exportId, "DONE");
    }

    @Override
    public List<Probe> probes() {
        String export = "/exports/" + exportId;
        return new ProbeSet()
                .refused("GET", export)
                .refused("GET", export + "/progress")
                .refused("GET", export + "/file")
                .probes();
    }
}

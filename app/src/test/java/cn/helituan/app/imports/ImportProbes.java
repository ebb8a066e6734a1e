package cn.helituan.app.imports;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The imports (ImportController), org admins' (and a sub-team leader's for the stationing register): the outsiders
 * are refused the list (the sub-team leader's shows no admin's import), an upload and a template of another kind, and
 * every endpoint of a record (one uploaded here by the whole deployment's admin, not checked).
 */
class ImportProbes implements FeatureProbes {

    private static final String FILE = "探针-医疗帮扶合力小组.csv";

    private final JdbcTemplate jdbc;
    private final long recordId;

    ImportProbes(JdbcTemplate jdbc, ImportService imports) {
        this.jdbc = jdbc;
        this.recordId = record(jdbc, imports);
    }

    private static synchronized long record(JdbcTemplate jdbc, ImportService imports) {
        List<Long> found = jdbc.queryForList("select id from import_record where file_name = ?", Long.class, FILE);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        try {
            Path file = Files.createTempFile("probe-import-", ".csv");
            try {
                Files.writeString(file, "手机号,姓名\n13900000001,探针\n", StandardCharsets.UTF_8);
                return imports.upload(Scope.system(), FILE, "CSV", file, null).getId();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Probe> probes() {
        String version = String.valueOf(
                jdbc.queryForObject("select version from import_record where id = ?", Long.class, recordId));
        String record = "/imports/" + recordId;
        List<String> noImports = List.of("leader", "member", "secretary");
        return new ProbeSet()
                .refused(noImports, "GET", "/imports")
                // the sub-team leader opens it for the stationing register (issue 18), without the admin's import
                .shownWithout(List.of("subteam"), "/imports", FILE)
                // the upload form's fields (a multipart file cannot be sent here: the role is checked first)
                .refused("POST", "/imports", "kind", "MEMBERS")
                .refused(noImports, "POST", "/imports", "kind", "STATIONINGS")
                // the cross-town teams (issue 23): the org admin's only, as the other lists
                .refused("POST", "/imports", "kind", "CROSS_TEAMS")
                .refused("POST", "/imports", "kind", "CROSS_TEAM_MEMBERS")
                .refused("GET", "/imports/template")
                .refused("GET", "/imports/template", "kind", "MEMBERS")
                .refused(noImports, "GET", "/imports/template", "kind", "STATIONINGS")
                .refused("GET", "/imports/template", "kind", "CROSS_TEAMS")
                .refused("GET", "/imports/template", "kind", "CROSS_TEAM_MEMBERS")
                .refused("GET", record)
                .refused("POST", record + "/check")
                .refused("GET", record + "/progress")
                .refused("POST", record + "/confirm", "version", version)
                .refused("POST", record + "/cancel", "version", version)
                .refused("GET", record + "/file")
                .refused("GET", record + "/errors")
                .probes();
    }
}

package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.web.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dispatching units, to Excel. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkUnitExportController {

    private static final int CHUNK = 1_000;

    private final WorkUnitService workUnits;
    private final Exports exports;

    @GetMapping("/work-units/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        exports.send(response, locale, "workUnits.title", List.of("field.WorkUnit.name", "field.WorkUnit.kind"), CHUNK,
                page -> workUnits.page(scope, page),
                (WorkUnit w) -> new Object[] {w.getName(), exports.label(w.getKind(), locale)});
    }
}

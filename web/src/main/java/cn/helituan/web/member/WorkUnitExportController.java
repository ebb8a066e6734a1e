package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitService;
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

/** The dispatching units, to Excel. */
@Controller
class WorkUnitExportController {

    private static final int CHUNK = 1_000;

    private final WorkUnitService workUnits;
    private final MessageSource messages;

    WorkUnitExportController(WorkUnitService workUnits, MessageSource messages) {
        this.workUnits = workUnits;
        this.messages = messages;
    }

    @GetMapping("/work-units/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        Page<WorkUnit> page = workUnits.page(scope, PageRequest.of(0, CHUNK));
        String title = messages.getMessage("workUnits.title", null, locale);
        try (XlsxExport export = new XlsxExport(title, List.of(
                messages.getMessage("field.WorkUnit.name", null, locale),
                messages.getMessage("field.WorkUnit.kind", null, locale)))) {
            while (true) {
                for (WorkUnit w : page.getContent()) {
                    String kind = w.getKind().getDeclaringClass().getSimpleName() + "." + w.getKind().name();
                    export.row(w.getName(), messages.getMessage(kind, null, kind, locale));
                }
                if (!page.hasNext()) {
                    break;
                }
                page = workUnits.page(scope, page.nextPageable());
            }
            export.send(response, title + ".xlsx");
        }
    }
}

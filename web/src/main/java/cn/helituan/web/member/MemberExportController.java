package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The member list as it is filtered, to Excel: every matching member in the user's scope, not only one page. */
@Controller
class MemberExportController {

    /** Rows read per statement while exporting. */
    private static final int CHUNK = 1_000;
    private static final List<String> HEADERS = List.of("field.Member.name", "field.Member.gender",
            "field.Member.workUnit", "field.Member.post", "field.Member.rank", "field.Member.specialty",
            "field.Member.mobile", "field.Member.partyMember", "field.Member.type", "members.units");

    private final MemberService members;
    private final MessageSource messages;

    MemberExportController(MemberService members, MessageSource messages) {
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/members/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Long workUnit, @RequestParam(required = false) MemberType type,
                @RequestParam(required = false) Boolean party, Locale locale, HttpServletResponse response)
            throws IOException {
        MemberQuery query = new MemberQuery(q, unit, workUnit, type, party, false);
        Page<MemberRow> page = members.search(scope, query, PageRequest.of(0, CHUNK));
        String title = messages.getMessage("members.title", null, locale);
        try (XlsxExport export = new XlsxExport(title, HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList())) {
            while (true) {
                for (MemberRow row : page.getContent()) {
                    export.row(row.name(), label(row.gender(), locale), row.workUnit(), row.post(),
                            row.rank(), row.specialty(), row.mobile(),
                            messages.getMessage(row.partyMember() ? "export.yes" : "export.no", null, locale),
                            label(row.type(), locale), row.units());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = members.search(scope, query, page.nextPageable());
            }
            export.send(response, title + ".xlsx");
        }
    }

    /** An enum value in words, as its message key "<Type>.<VALUE>" gives it. */
    private String label(Enum<?> value, Locale locale) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, key, locale);
    }
}

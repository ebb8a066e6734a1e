package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.web.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
    private final Exports exports;

    MemberExportController(MemberService members, Exports exports) {
        this.members = members;
        this.exports = exports;
    }

    @GetMapping("/members/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Long workUnit, @RequestParam(required = false) MemberType type,
                @RequestParam(required = false) Boolean party, Locale locale, HttpServletResponse response)
            throws IOException {
        MemberQuery query = new MemberQuery(q, unit, workUnit, type, party, false);
        exports.send(response, locale, "members.title", HEADERS, CHUNK, page -> members.search(scope, query, page),
                (MemberRow row) -> new Object[] {row.name(), exports.label(row.gender(), locale), row.workUnit(),
                    row.post(), row.rank(), row.specialty(), row.mobile(), exports.yesNo(row.partyMember(), locale),
                    exports.label(row.type(), locale), row.units()});
    }
}

package cn.helituan.web.member;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberPlace;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member list as it is filtered, to Excel: every matching member in the user's scope, not only one page. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MemberExportController {

    /** Rows read per statement while exporting. */
    private static final int CHUNK = 1_000;
    /**
     * The roster import template's columns (ImportKind.MEMBERS), so that an export can be corrected and imported
     * again; notes are left out (a column the file lacks keeps the value, where a blank one would clear it). The
     * mobile and the ID number are starred for all but the org admin ({@link PersonalData}).
     */
    private static final List<String> HEADERS = List.of("mobile", "name", "gender", "workUnit", "type", "post",
            "rank", "specialty", "partyMember", "unit", "position", "joinedOn", "idNumber").stream()
            .map(key -> "import.column.MEMBERS." + key).toList();

    private final MemberService members;
    private final UnitService units;
    private final Exports exports;

    @FromReplica
    @GetMapping("/members/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Long workUnit, @RequestParam(required = false) MemberType type,
                @RequestParam(required = false) Boolean party,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                Locale locale, HttpServletResponse response) throws IOException {
        MemberQuery query = new MemberQuery(q, unit, workUnit, type, party, false, on);
        Map<Long, String> unitNames = units.names(scope);
        exports.sendRows(response, locale, "members.title", HEADERS, CHUNK, page -> members.search(scope, query, page),
                rows -> {
                    Map<Long, List<MemberPlace>> places = members.places(scope,
                            rows.stream().map(MemberRow::id).toList(), unitNames);
                    List<Object[]> out = new ArrayList<>();
                    for (MemberRow row : rows) {
                        // one row per unit the member sits in (none: one row without a unit)
                        List<MemberPlace> at = places.getOrDefault(row.id(), List.of());
                        for (MemberPlace place : at.isEmpty() ? java.util.Collections.<MemberPlace>singletonList(null)
                                : at) {
                            out.add(new Object[] {PersonalData.mobileFor(scope, row.mobile()), row.name(), exports.label(row.gender(), locale),
                                row.workUnit(), exports.label(row.type(), locale), row.post(), row.rank(),
                                row.specialty(), exports.yesNo(row.partyMember(), locale),
                                place == null ? null : place.unitPath(),
                                place == null ? null : exports.label(place.position(), locale),
                                place == null ? null : place.joinedOn(),
                                PersonalData.idNumberFor(scope, row.idNumber())});
                        }
                    }
                    return out;
                });
    }
}

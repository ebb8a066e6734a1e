package cn.helituan.web.assisted;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register as it is filtered, to Excel: every matching object with its kind's fields. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistedExportController {

    private static final int CHUNK = 500;
    /** The import template's columns (ImportKind.OBJECTS): an export can be corrected and imported again. */
    private static final List<String> HEADERS = List.of("code", "name", "kind", "regionCode", "contactName",
            "contactPhone", "categories", "population", "households", "goals", "chain", "scale", "level", "notes",
            "latitude", "longitude", "checkinRadius")
            .stream().map(key -> "import.column.OBJECTS." + key).toList();

    private final AssistedService objects;
    private final Exports exports;

    @FromReplica
    @GetMapping("/objects/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) Long region, @RequestParam(required = false) VillageCategory category,
                @RequestParam(required = false) Long chain, @RequestParam(required = false) Boolean paired,
                Locale locale, HttpServletResponse response) throws IOException {
        AssistedQuery query = new AssistedQuery(q, kind, region, category, chain, paired, false);
        exports.send(response, locale, "objects.title", HEADERS, CHUNK, page -> objects.search(scope, query, page),
                (AssistedObject o) -> new Object[] {o.getCode(), o.getName(), exports.label(o.getKind(), locale),
                    o.getRegion() == null ? null : o.getRegion().getCode(), o.getContactName(), o.getContactPhone(),
                    exports.labels(o.getCategories(), locale), o.getPopulation(), o.getHouseholds(),
                    exports.labels(o.getGoals(), locale), o.getChain() == null ? null : o.getChain().getName(),
                    exports.label(o.getScale(), locale), o.getLevel(), o.getNotes(), o.getLatitude(), o.getLongitude(),
                    place(o) ? o.getCheckinRadius() : null});
    }

    /** Villages and communities have a place for the check-in; the other kinds leave its cells empty. */
    private static boolean place(AssistedObject o) {
        return o.getKind() == AssistedKind.VILLAGE || o.getKind() == AssistedKind.COMMUNITY;
    }
}

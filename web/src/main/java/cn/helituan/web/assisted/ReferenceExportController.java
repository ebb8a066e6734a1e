package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.RegionOption;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The region tree, the industrial chains and the relationships to Excel, each in its import template's columns
 * (ImportKind.REGIONS, CHAINS, RELATIONSHIPS), so that an export can be corrected and imported back.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReferenceExportController {

    private static final int CHUNK = 500;

    private final RegionService regions;
    private final AssistedService assisted;
    private final RelationshipService relationships;
    private final UnitService units;
    private final Exports exports;

    @GetMapping("/regions/export")
    void regions(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        // the tree comes ordered by path, parents first: a region's parent is the last one seen a level up
        List<RegionOption> tree = regions.tree(scope);
        Map<Integer, String> codeAtDepth = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (RegionOption region : tree) {
            codeAtDepth.put(region.depth(), region.code());
            rows.add(new Object[] {region.code(), region.name(), exports.label(region.level(), locale),
                region.depth() == 0 ? null : codeAtDepth.get(region.depth() - 1)});
        }
        exports.send(response, locale, "regions.title", headers("REGIONS", "code", "name", "level", "parentCode"),
                Math.max(rows.size(), 1), page -> new PageImpl<>(rows, page, rows.size()), (Object[] row) -> row);
    }

    @GetMapping("/chains/export")
    void chains(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        List<IndustrialChain> chains = assisted.chains(scope);
        exports.send(response, locale, "chains.title", headers("CHAINS", "name"), Math.max(chains.size(), 1),
                page -> new PageImpl<>(chains, page, chains.size()), (IndustrialChain c) -> new Object[] {c.getName()});
    }

    @GetMapping("/relationships/export")
    void relationships(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        Map<Long, String> names = units.names(scope);
        exports.send(response, locale, "relationships.title",
                headers("RELATIONSHIPS", "group", "objectCode", "startsOn", "endsOn", "focus", "agreement"), CHUNK,
                page -> relationships.all(scope, page),
                (Relationship r) -> new Object[] {UnitService.namePath(r.getGroup().getPath(), names), r.getObject().getCode(),
                    r.getStartsOn(), r.getEndsOn(), exports.label(r.getFocus(), locale), r.getAgreement()});
    }

    private static List<String> headers(String kind, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> "import.column." + kind + "." + key).toList();
    }
}

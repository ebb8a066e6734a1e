package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register as it is filtered, to Excel: every matching object with its kind's fields. */
@Controller
class AssistedExportController {

    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.AssistedObject.name", "field.AssistedObject.code",
            "field.AssistedObject.kind", "field.AssistedObject.region", "field.AssistedObject.contactName",
            "field.AssistedObject.contactPhone", "field.AssistedObject.categories", "field.AssistedObject.population",
            "field.AssistedObject.households", "field.AssistedObject.goals", "field.AssistedObject.chain",
            "field.AssistedObject.scale", "field.AssistedObject.level", "field.AssistedObject.notes");

    private final AssistedService objects;
    private final MessageSource messages;

    AssistedExportController(AssistedService objects, MessageSource messages) {
        this.objects = objects;
        this.messages = messages;
    }

    @GetMapping("/objects/export")
    void export(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) Long region, @RequestParam(required = false) VillageCategory category,
                @RequestParam(required = false) Long chain, @RequestParam(required = false) Boolean paired,
                Locale locale, HttpServletResponse response) throws IOException {
        AssistedQuery query = new AssistedQuery(q, kind, region, category, chain, paired, false);
        Page<AssistedObject> page = objects.search(scope, query, PageRequest.of(0, CHUNK));
        String title = messages.getMessage("objects.title", null, locale);
        try (XlsxExport export = new XlsxExport(title, HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale)).toList())) {
            while (true) {
                for (AssistedObject o : page.getContent()) {
                    export.row(o.getName(), o.getCode(), label(o.getKind(), locale),
                            o.getRegion() == null ? null : o.getRegion().getName(), o.getContactName(),
                            o.getContactPhone(), labels(o.getCategories(), locale), o.getPopulation(),
                            o.getHouseholds(), labels(o.getGoals(), locale),
                            o.getChain() == null ? null : o.getChain().getName(),
                            o.getScale() == null ? null : label(o.getScale(), locale), o.getLevel(), o.getNotes());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = objects.search(scope, query, page.nextPageable());
            }
            export.send(response, title + ".xlsx");
        }
    }

    /** An enum value in words, as its message key "<Type>.<VALUE>" gives it. */
    private String label(Enum<?> value, Locale locale) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, key, locale);
    }

    /** Several values in words, joined with "、" as people write them (and as the import will read them). */
    private String labels(Collection<? extends Enum<?>> values, Locale locale) {
        return values.isEmpty() ? null : values.stream().map(v -> label(v, locale)).collect(Collectors.joining("、"));
    }
}

package cn.helituan.web.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityLine;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The activity list as it is filtered, to Excel: every matching activity in the user's scope, with its figures. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityExportController {

    private static final int CHUNK = 500;
    static final List<String> HEADERS;

    static {
        List<String> headers = new ArrayList<>(List.of("field.Activity.occurredOn", "field.Activity.type",
                "field.Activity.title", "field.Activity.group", "field.Activity.objects", "field.Activity.status",
                "field.Activity.members", "field.Activity.otherParticipants", "field.Activity.place"));
        for (Figure figure : Figure.values()) {
            headers.add("Figure." + figure.name());
        }
        headers.add("field.Activity.projectNames");
        headers.add("field.Activity.description");
        HEADERS = List.copyOf(headers);
    }

    private final ActivityListing activities;
    private final UnitService units;
    private final Exports exports;
    private final Formats formats;

    @GetMapping("/activities/export")
    void export(Scope scope, @ModelAttribute ActivityParams params, Locale locale, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ActivityQuery query = params.toQuery();
        if (exports.queued(scope, ActivityExportSource.NAME, () -> activities.count(scope, query), request, response,
                locale)) {
            return; // a large export: made in the background (ActivityExportSource), the user sent to its page
        }
        Map<Long, String> names = scope.canReadRoster() ? units.names(scope) : Map.of();
        exports.send(response, locale, "activities.title", HEADERS, CHUNK,
                page -> activities.lines(scope, query, page, names), (ActivityLine line) -> row(line, locale));
    }

    Object[] row(ActivityLine line, Locale locale) {
        Activity a = line.activity();
        List<Object> cells = new ArrayList<>(List.of(a.getOccurredOn(), formats.label(a.getType(), locale), a.getTitle(),
                line.groupPath(), String.join("、", line.objects()), exports.label(a.getStatus(), locale),
                String.join("、", line.members()), a.getOtherParticipants()));
        cells.add(a.getPlace());
        Map<Figure, BigDecimal> figures = a.figures();
        for (Figure figure : Figure.values()) {
            cells.add(figures.get(figure));
        }
        cells.add(a.getProjectNames());
        cells.add(a.getDescription());
        return cells.toArray();
    }

}

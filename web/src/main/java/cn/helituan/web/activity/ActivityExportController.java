package cn.helituan.web.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityLine;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.ActivityQuery;
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

/**
 * The activity list as it is filtered, to Excel: every matching activity in the user's scope, with its figures, in
 * the columns of the activity ledger import (ImportKind.ACTIVITIES, headers from its messages) so that an
 * export, edited, imports back: the id, objects as "code name", members as "name mobile" (for a reader of the
 * roster; a first secretary gets names), a paper-confirmed activity as 已确认 with who and when. The import's
 * "task" column is not exported (a re-import without it keeps each activity's task).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityExportController {

    private static final int CHUNK = 500;
    /**
     * The ledger import's columns ({@code ImportKind.ACTIVITIES}, named here by their keys: the import depends on the
     * activity log, not the other way round; {@code ActivityLedgerImportTest} holds the two lists together).
     */
    static final List<String> COLUMNS = List.of("occurredOn", "type", "title", "group", "objects", "status",
            "members", "otherParticipants", "place", "fundsSecured", "projectsIntroduced", "technologiesPromoted",
            "trainingsHeld", "peopleTrained", "beneficiaries", "peopleEmployed", "produceSold", "donations",
            "patientsSeen", "projectNames", "description", "id", "confirmedBy", "confirmedOn");
    static final List<String> HEADERS = COLUMNS.stream().map(key -> "import.column.ACTIVITIES." + key)
            .toList();

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
        boolean roster = scope.canReadRoster();
        exports.send(response, locale, "activities.title", HEADERS, CHUNK,
                page -> activities.lines(scope, query, page, names),
                (ActivityLine line) -> row(line, roster, locale));
    }

    Object[] row(ActivityLine line, boolean roster, Locale locale) {
        Activity a = line.activity();
        Map<Figure, BigDecimal> figures = a.figures();
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            cells.add(switch (column) {
                case "id" -> a.getId();
                case "occurredOn" -> a.getOccurredOn();
                case "type" -> formats.label(a.getType(), locale);
                case "title" -> a.getTitle();
                case "group" -> line.groupPath();
                case "objects" -> String.join("、", line.objectCodes());
                // the product's status: a paper confirmation is 已上报 with its 确认人 and 确认日期, never 已确认
                case "status" -> exports.label(a.getStatus(), locale);
                case "confirmedBy" -> a.getPaperConfirmedBy();
                case "confirmedOn" -> a.getPaperConfirmedOn();
                case "members" -> String.join("、", roster ? line.memberMobiles() : line.members());
                case "otherParticipants" -> a.getOtherParticipants();
                case "place" -> a.getPlace();
                case "projectNames" -> a.getProjectNames();
                case "description" -> a.getDescription();
                default -> figures.get(figure(column));
            });
        }
        return cells.toArray();
    }

    private static Figure figure(String column) {
        for (Figure figure : Figure.values()) {
            if (ActivityLog.fieldOf(figure).equals(column)) {
                return figure;
            }
        }
        throw new IllegalArgumentException("no such column: " + column);
    }
}

package cn.helituan.web.activity;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.activity.ActivityExportLine;
import cn.helituan.domain.activity.ActivityExports;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.Formats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The activity list as it is filtered, to Excel: every matching activity in the user's scope, with its figures, in
 * the columns of the activity ledger import (ImportKind.ACTIVITIES, headers from its messages) so that an
 * export, edited, imports back: the id, objects as "code name", members as "name mobile" (for a reader of the
 * roster; a first secretary gets names), a paper-confirmed activity as 已上报 with who and when. The import's
 * "task" column is not exported (a re-import without it keeps each activity's task).
 *
 * <p>The rows are read as columns ({@link ActivityExports}: one statement streamed, no entities), and written by
 * {@link #cells}, the one definition of the cells, for the export sent at once and the one made in the background
 * ({@link ActivityExportSource}) alike.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    private final ActivityExports lines;
    private final UnitService units;
    private final Exports exports;
    private final Formats formats;

    @FromReplica
    @GetMapping("/activities/export")
    void export(Scope scope, @ModelAttribute ActivityParams params, Locale locale, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ActivityQuery query = params.toQuery();
        if (exports.queued(scope, ActivityExportSource.NAME, () -> activities.count(scope, query), request, response,
                locale)) {
            return; // a large export: made in the background (ActivityExportSource), the user sent to its page
        }
        Function<ActivityExportLine, Object[]> cells = cells(scope, locale);
        String fileName = exports.fileName("activities.title", locale);
        // the download's headers only with its first byte: a filter refused while reading is still an error page
        OutputStream out = new OutputStream() {
            private OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(XLSX);
                    response.setHeader("Content-Disposition", ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString());
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                body().write(b, off, len);
            }
        };
        exports.write("activities.title", HEADERS, locale, rows -> write(scope, query, cells, rows), out);
    }

    /** Every row the query finds in the scope, through {@code cells}, to {@code rows}. */
    void write(Scope scope, ActivityQuery query, Function<ActivityExportLine, Object[]> cells,
               Consumer<Object[]> rows) {
        lines.each(scope, query, line -> rows.accept(cells.apply(line)));
    }

    /**
     * The cells of one export's rows, in {@link #COLUMNS}' order: the group as the path of unit names the reader
     * sees (a first secretary, who does not read the tree, the group's own name), types and statuses in the
     * reader's language; each of those worked out once per export, not per row.
     */
    Function<ActivityExportLine, Object[]> cells(Scope scope, Locale locale) {
        Map<Long, String> names = scope.canReadRoster() ? units.names(scope) : Map.of();
        Map<Long, String> groups = new HashMap<>();
        Map<Long, String> types = new HashMap<>();
        Map<ActivityStatus, String> statuses = new EnumMap<>(ActivityStatus.class);
        List<Function<ActivityExportLine, Object>> columns = COLUMNS.stream()
                .map(column -> cell(column, line -> groups.computeIfAbsent(line.groupId(), id -> names.isEmpty()
                                ? line.groupName() : UnitService.namePath(line.groupPath(), names)),
                        line -> types.computeIfAbsent(line.type().getId(), id -> formats.label(line.type(), locale)),
                        line -> statuses.computeIfAbsent(line.status(), status -> exports.label(status, locale))))
                .toList();
        int size = columns.size();
        return line -> {
            Object[] cells = new Object[size];
            for (int i = 0; i < size; i++) {
                cells[i] = columns.get(i).apply(line);
            }
            return cells;
        };
    }

    private static Function<ActivityExportLine, Object> cell(String column, Function<ActivityExportLine, Object> group,
                                                             Function<ActivityExportLine, Object> type,
                                                             Function<ActivityExportLine, Object> status) {
        return switch (column) {
            case "id" -> ActivityExportLine::id;
            case "occurredOn" -> ActivityExportLine::occurredOn;
            case "type" -> type;
            case "title" -> ActivityExportLine::title;
            case "group" -> group;
            case "objects" -> ActivityExportLine::objects;
            // the product's status: a paper confirmation is 已上报 with its 确认人 and 确认日期, never 已确认
            case "status" -> status;
            case "confirmedBy" -> ActivityExportLine::paperConfirmedBy;
            case "confirmedOn" -> ActivityExportLine::paperConfirmedOn;
            case "members" -> ActivityExportLine::members;
            case "otherParticipants" -> ActivityExportLine::otherParticipants;
            case "place" -> ActivityExportLine::place;
            case "projectNames" -> ActivityExportLine::projectNames;
            case "description" -> ActivityExportLine::description;
            default -> {
                Figure figure = figure(column);
                yield line -> line.figures().get(figure);
            }
        };
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

package cn.helituan.domain.imports;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityLedger;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.Figure;
import java.time.LocalDate;
import java.util.List;

/**
 * What a ledger row's cells say beyond the form's fields ({@link ActivityImporter}): whether the row is a total, and
 * which paper confirmation its status column asks for, with who confirmed it and when.
 */
final class LedgerCells {

    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "小计");
    /** The cells a total row writes its word in: the first text columns. */
    private static final List<String> TOTAL_COLUMNS = List.of("id", "occurredOn", "type", "title", "group", "objects");

    private LedgerCells() {
    }

    /**
     * Whether the row is a ledger's total (合计, 总计 or 小计 in its first text cells, or figures under an empty group
     * and day): refused as a total, never an activity.
     */
    static boolean total(ImportLine line, ImportRun run) {
        for (String column : TOTAL_COLUMNS) {
            String raw = line.get(column);
            // every total word ends in 计, which the label's cleaning never makes: a cell without it is no total
            if (raw.indexOf('计') < 0) {
                continue;
            }
            String cell = Cells.label(raw);
            if (TOTAL_WORDS.stream().anyMatch(cell::startsWith)) {
                run.problem(line, column, "import.activity.totalRow", line.get(column));
                return true;
            }
        }
        if (line.get("occurredOn").isEmpty() && line.get("group").isEmpty()) {
            for (Figure figure : Figure.values()) {
                String column = ActivityLog.fieldOf(figure);
                if (!line.get(column).isEmpty()) {
                    run.problem(line, column, "import.activity.totalRow", line.get(column));
                    return true;
                }
            }
        }
        return false;
    }

    /** A marker for a status cell that was refused. */
    static final ActivityLedger.Paper PROBLEM = new ActivityLedger.Paper("", null);

    /**
     * The paper confirmation the row asks for (null: none), as its status column says; the record's own when the
     * sheet has no status column. Only 已上报 and 已确认 (with who confirmed) are written; 有异议 and 已撤回 stand only
     * for an activity already so.
     */
    static ActivityLedger.Paper paper(ImportLine line, ImportRun.Values v, ImportRun run, Activity existing) {
        ActivityLedger.Paper kept = existing == null || !existing.isConfirmedOnPaper() ? null
                : new ActivityLedger.Paper(existing.getPaperConfirmedBy(), existing.getPaperConfirmedOn());
        if (!line.has("status")) {
            return kept;
        }
        ActivityStatus status = v.text("status") == null ? ActivityStatus.REPORTED
                : run.labels.parse(ActivityStatus.class, v.text("status"));
        if (status == null) {
            run.problem(line, "status", "import.activity.status", v.text("status"));
            return PROBLEM;
        }
        ActivityStatus current = existing == null ? null : existing.getStatus();
        switch (status) {
            case CONFIRMED -> {
                if (current == ActivityStatus.CONFIRMED) {
                    // confirmed in the product: its objects' word stands, whatever the ledger adds
                    return kept;
                }
                if (v.text("confirmedBy") == null) {
                    run.problem(line, "confirmedBy", "import.activity.confirmerRequired", null);
                    return PROBLEM;
                }
                return confirmation(line, v, run);
            }
            case REPORTED -> {
                if (current == null || current == ActivityStatus.REPORTED) {
                    // 已上报 with who confirmed it on paper: the export writes a paper confirmation so
                    return v.text("confirmedBy") == null ? null : confirmation(line, v, run);
                }
            }
            default -> {
                if (status == current) {
                    return kept;
                }
            }
        }
        run.problem(line, "status", existing == null ? "import.activity.statusNew" : "import.activity.statusFixed",
                v.text("status"));
        return PROBLEM;
    }

    /** The row's paper confirmation: who and when, the day neither before the activity's nor after today. */
    private static ActivityLedger.Paper confirmation(ImportLine line, ImportRun.Values v, ImportRun run) {
        LocalDate on = v.get("confirmedOn");
        LocalDate day = v.get("occurredOn");
        if (on != null && (on.isAfter(run.today) || (day != null && on.isBefore(day)))) {
            run.problem(line, "confirmedOn", "import.activity.confirmedOnInvalid", v.text("confirmedOn"));
            return PROBLEM;
        }
        return new ActivityLedger.Paper(v.text("confirmedBy"), on);
    }
}

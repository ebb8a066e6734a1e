package cn.helituan.domain.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * What the organization department should chase today: groups silent for 30 days (the first ones, and how many),
 * plans not handed in once the deadline has passed (0 before it), relationships ending within 60 days (or overdue),
 * demands and projects past their date, activities a village disputes, the stationed cadres with missing check-ins
 * (an absent day) in the month of the structure's day ({@code checkInMonth}; 0 for readers of their own line only),
 * the major-matter reports unacknowledged for more than {@code matterDays} days (the approvers' and department's).
 */
public record Attention(List<SilentGroup> silentGroups, long silentTotal, long plansMissing, long endingSoon,
                        long demandsOverdue, long projectsOverdue, long disputed, long missingCheckIns,
                        YearMonth checkInMonth, long mattersOverdue, long matterDays) {

    public boolean empty() {
        return silentTotal == 0 && plansMissing == 0 && endingSoon == 0 && demandsOverdue == 0
                && projectsOverdue == 0 && disputed == 0 && missingCheckIns == 0
                && mattersOverdue == 0;
    }
}

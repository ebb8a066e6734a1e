package cn.helituan.domain.crossteam;

/**
 * A member's days of cross-town service in a month: days with an activity of the team they went to, days away on
 * approved cross-town duty (the attendance's 外出公务 with reason CROSS_TOWN_SERVICE), and the distinct days of both
 * (a day with both counts once); judged against the team's expectation.
 */
public record ServiceDays(Long memberId, String name, int activityDays, int awayDays, int days) {

    public ServiceDaysState against(int min, int max) {
        return days < min ? ServiceDaysState.BELOW : days > max ? ServiceDaysState.ABOVE : ServiceDaysState.WITHIN;
    }
}

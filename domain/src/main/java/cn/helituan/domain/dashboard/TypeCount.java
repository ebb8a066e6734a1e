package cn.helituan.domain.dashboard;

/** How many activities of one type the scope logged in the period, as reported and as confirmed. */
public record TypeCount(long typeId, String code, String name, long reported, long confirmed) {
}

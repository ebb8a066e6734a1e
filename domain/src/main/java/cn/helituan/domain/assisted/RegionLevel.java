package cn.helituan.domain.assisted;

/** Levels of the administrative regions the assisted objects sit in: 县/区 → 镇/街道 → 村/社区. */
public enum RegionLevel {
    COUNTY,
    TOWN,
    VILLAGE;

    /** The level a region of this level sits under, or null for the top. */
    public RegionLevel parentLevel() {
        return switch (this) {
            case COUNTY -> null;
            case TOWN -> COUNTY;
            case VILLAGE -> TOWN;
        };
    }
}

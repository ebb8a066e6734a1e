package cn.helituan.domain.assisted;

/** The register's search and filters; nulls mean "any". */
public record AssistedQuery(String text, AssistedKind kind, Long regionId, VillageCategory category, Long chainId,
                            boolean includeArchived) {

    public static AssistedQuery all() {
        return new AssistedQuery(null, null, null, null, null, false);
    }
}

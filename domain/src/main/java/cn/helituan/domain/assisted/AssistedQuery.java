package cn.helituan.domain.assisted;

/** The register's search and filters; nulls mean "any". {@code paired}: with (or without) an active relationship. */
public record AssistedQuery(String text, AssistedKind kind, Long regionId, VillageCategory category, Long chainId,
                            Boolean paired, boolean includeArchived) {

    public static AssistedQuery all() {
        return new AssistedQuery(null, null, null, null, null, null, false);
    }
}

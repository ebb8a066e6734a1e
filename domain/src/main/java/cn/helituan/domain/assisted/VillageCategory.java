package cn.helituan.domain.assisted;

/**
 * What kind of village it is: the national categories (脱贫村, 乡村振兴重点帮扶村) and the matching categories that
 * decide which cadre fits (弱村 party affairs, 穷村 economy, 乱村 law, 产业村 science). More than one may hold.
 */
public enum VillageCategory {
    POVERTY_ALLEVIATED,
    KEY_REVITALIZATION,
    WEAK,
    POOR,
    DISORDERLY,
    INDUSTRY
}

package cn.helituan.domain.demand;

import cn.helituan.domain.common.CodedName;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A category of demands and resources (产业发展, 就业, 医疗健康…): seeded ones have a code whose label the message files
 * hold ({@code DemandCategory.INDUSTRY}); {@link #keywords} are words of a member's specialty, post or work unit that
 * fit it (the matching suggestions' "specialty fit").
 */
@Entity
@Table(name = "demand_category")
public class DemandCategory extends AuditedEntity implements Labeled, CodedName {

    private String code;
    private String name;
    private String keywords = "";
    private int sortOrder;
    private boolean archived;

    protected DemandCategory() {
    }

    public DemandCategory(String code, String name, String keywords, int sortOrder) {
        this.code = code;
        this.name = name;
        this.keywords = keywords == null ? "" : keywords;
        this.sortOrder = sortOrder;
    }

    /** A category the organization department adds: its code is made up (only seeded ones have translated labels). */
    public static DemandCategory custom(String name, String keywords, int sortOrder) {
        return new DemandCategory("CUSTOM_" + java.util.UUID.randomUUID().toString().substring(0, 8)
                .toUpperCase(java.util.Locale.ROOT), name, keywords, sortOrder);
    }

    void change(String name, String keywords, int sortOrder) {
        this.name = name;
        this.keywords = keywords == null ? "" : keywords;
        this.sortOrder = sortOrder;
    }

    void archive() {
        archived = true;
    }

    void restore() {
        archived = false;
    }

    /** The keywords, each trimmed, none empty. */
    public List<String> keywordList() {
        return Arrays.stream(keywords.split("[,，]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String labelPrefix() {
        return "DemandCategory";
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getKeywords() {
        return keywords;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isArchived() {
        return archived;
    }
}

package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.EnumSetColumn;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A village, community, enterprise, school or hospital being assisted, in its region. Kind-specific fields are kept
 * only for their kind (see {@link AssistedDetails}).
 */
@Entity
@Table(name = "assisted_object")
public class AssistedObject extends AuditedEntity implements Labeled {

    @Enumerated(EnumType.STRING)
    private AssistedKind kind;

    private String name;

    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    private String contactName;

    private String contactPhone;

    private String notes;

    @Convert(converter = Categories.class)
    private Set<VillageCategory> categories = Set.of();

    /** The same column as text, read-only, for queries (a category filter is a LIKE on it). */
    @HistoryIgnore
    @Column(name = "categories", insertable = false, updatable = false)
    private String categoriesColumn;

    @Convert(converter = Goals.class)
    private Set<CommunityGoal> goals = Set.of();

    private Integer population;

    private Integer households;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chain_id")
    private IndustrialChain chain;

    @Enumerated(EnumType.STRING)
    private EnterpriseScale scale;

    private String level;

    private boolean archived;

    private Double latitude;

    private Double longitude;

    private int checkinRadius = ObjectPlace.DEFAULT_RADIUS;

    protected AssistedObject() {
    }

    public AssistedObject(AssistedKind kind, String name, String code) {
        this.kind = kind;
        this.name = name;
        this.code = code;
    }

    /** Applies the details; region and chain are resolved by the service. */
    public void apply(AssistedDetails details, Region region, IndustrialChain chain) {
        this.kind = details.kind();
        this.name = details.name();
        this.code = details.code();
        this.region = region;
        this.contactName = details.contactName();
        this.contactPhone = details.contactPhone();
        this.notes = details.notes();
        boolean village = kind == AssistedKind.VILLAGE;
        boolean enterprise = kind == AssistedKind.ENTERPRISE;
        this.categories = village && details.categories() != null && !details.categories().isEmpty()
                ? Collections.unmodifiableSet(EnumSet.copyOf(details.categories())) : Set.of();
        this.goals = kind == AssistedKind.COMMUNITY && details.goals() != null && !details.goals().isEmpty()
                ? Collections.unmodifiableSet(EnumSet.copyOf(details.goals())) : Set.of();
        this.population = village ? details.population() : null;
        this.households = village ? details.households() : null;
        this.chain = enterprise ? chain : null;
        this.scale = enterprise ? details.scale() : null;
        this.level = kind == AssistedKind.SCHOOL || kind == AssistedKind.HOSPITAL ? details.level() : null;
    }

    public void archive() {
        this.archived = true;
    }

    /** Sets where the village or community is for the check-in (other kinds keep none). */
    public void locate(ObjectPlace place) {
        place.check();
        boolean stationed = kind == AssistedKind.VILLAGE || kind == AssistedKind.COMMUNITY;
        this.latitude = stationed ? place.latitude() : null;
        this.longitude = stationed ? place.longitude() : null;
        this.checkinRadius = place.radius() == null ? ObjectPlace.DEFAULT_RADIUS : place.radius();
    }

    /** Whether the check-in can measure its distance to this object. */
    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public int getCheckinRadius() {
        return checkinRadius;
    }

    @Override
    public String label() {
        return name;
    }

    public AssistedKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public Region getRegion() {
        return region;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getNotes() {
        return notes;
    }

    public Set<VillageCategory> getCategories() {
        return categories;
    }

    public Set<CommunityGoal> getGoals() {
        return goals;
    }

    public Integer getPopulation() {
        return population;
    }

    public Integer getHouseholds() {
        return households;
    }

    public IndustrialChain getChain() {
        return chain;
    }

    public EnterpriseScale getScale() {
        return scale;
    }

    public String getLevel() {
        return level;
    }

    public boolean isArchived() {
        return archived;
    }

    /** The column of {@link #categories}. */
    public static class Categories extends EnumSetColumn<VillageCategory> {
        public Categories() {
            super(VillageCategory.class);
        }
    }

    /** The column of {@link #goals}. */
    public static class Goals extends EnumSetColumn<CommunityGoal> {
        public Goals() {
            super(CommunityGoal.class);
        }
    }
}

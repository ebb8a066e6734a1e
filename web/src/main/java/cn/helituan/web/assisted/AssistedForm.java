package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.CommunityGoal;
import cn.helituan.domain.assisted.EnterpriseScale;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.VillageCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The assisted-object form: common fields, then the fields of each kind (the others are ignored on save). */
public class AssistedForm {

    @NotNull
    private AssistedKind kind;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotBlank
    @Size(max = 50)
    private String code;
    private Long regionId;
    @Size(max = 50)
    private String contactName;
    @Pattern(regexp = "[0-9+\\- ]{0,20}")
    private String contactPhone;
    @Size(max = 2000)
    private String notes;
    private Set<VillageCategory> categories = EnumSet.noneOf(VillageCategory.class);
    private Set<CommunityGoal> goals = EnumSet.noneOf(CommunityGoal.class);
    @PositiveOrZero
    @Max(1_000_000)
    private Integer population;
    @PositiveOrZero
    @Max(1_000_000)
    private Integer households;
    private Long chainId;
    private EnterpriseScale scale;
    @Size(max = 50)
    private String level;
    private long version;
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;
    @Min(ObjectPlace.MIN_RADIUS)
    @Max(ObjectPlace.MAX_RADIUS)
    private Integer checkinRadius = ObjectPlace.DEFAULT_RADIUS;

    static AssistedForm of(AssistedObject object) {
        AssistedForm form = new AssistedForm();
        form.kind = object.getKind();
        form.name = object.getName();
        form.code = object.getCode();
        form.regionId = object.getRegion() == null ? null : object.getRegion().getId();
        form.contactName = object.getContactName();
        form.contactPhone = object.getContactPhone();
        form.notes = object.getNotes();
        form.categories = object.getCategories().isEmpty() ? EnumSet.noneOf(VillageCategory.class)
                : EnumSet.copyOf(object.getCategories());
        form.goals = object.getGoals().isEmpty() ? EnumSet.noneOf(CommunityGoal.class)
                : EnumSet.copyOf(object.getGoals());
        form.population = object.getPopulation();
        form.households = object.getHouseholds();
        form.chainId = object.getChain() == null ? null : object.getChain().getId();
        form.scale = object.getScale();
        form.level = object.getLevel();
        form.version = object.getVersion();
        form.latitude = object.getLatitude();
        form.longitude = object.getLongitude();
        form.checkinRadius = object.getCheckinRadius();
        return form;
    }

    /** Where the village or community is for the check-in (the service ignores it for other kinds). */
    ObjectPlace place() {
        return new ObjectPlace(latitude, longitude, checkinRadius);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Integer getCheckinRadius() {
        return checkinRadius;
    }

    public void setCheckinRadius(Integer checkinRadius) {
        this.checkinRadius = checkinRadius;
    }

    AssistedDetails details() {
        return new AssistedDetails(kind, name, code, regionId, blankToNull(contactName), blankToNull(contactPhone),
                blankToNull(notes), categories, goals, population, households, chainId, scale, blankToNull(level));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public AssistedKind getKind() {
        return kind;
    }

    public void setKind(AssistedKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<VillageCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<VillageCategory> categories) {
        this.categories = categories == null ? EnumSet.noneOf(VillageCategory.class) : categories;
    }

    public Set<CommunityGoal> getGoals() {
        return goals;
    }

    public void setGoals(Set<CommunityGoal> goals) {
        this.goals = goals == null ? EnumSet.noneOf(CommunityGoal.class) : goals;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }

    public Long getChainId() {
        return chainId;
    }

    public void setChainId(Long chainId) {
        this.chainId = chainId;
    }

    public EnterpriseScale getScale() {
        return scale;
    }

    public void setScale(EnterpriseScale scale) {
        this.scale = scale;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package cn.helituan.domain.assisted;

import java.util.EnumSet;
import java.util.Set;

/**
 * Shaanxi's rule (一把钥匙开一把锁): which cadre fits which village — party-affairs cadres to weak villages (弱村),
 * economic cadres to poor ones (穷村), legal cadres to disorderly ones (乱村), science cadres to industry villages
 * (产业村). A member has a profile when their record says so: the database view {@code member_profile} (V75) reads it
 * off their specialty, post, type and work unit, the one definition the demand matching and the stationing form's
 * suggestions both use (docs/matching.md).
 */
public enum CadreProfile {
    PARTY_AFFAIRS(VillageCategory.WEAK),
    ECONOMIC(VillageCategory.POOR),
    LEGAL(VillageCategory.DISORDERLY),
    SCIENCE(VillageCategory.INDUSTRY);

    private final VillageCategory fits;

    CadreProfile(VillageCategory fits) {
        this.fits = fits;
    }

    /** The village category this profile fits. */
    public VillageCategory fits() {
        return fits;
    }

    /** The profiles that fit a village of these categories (none for a village without a matching category). */
    public static Set<CadreProfile> fitting(Set<VillageCategory> categories) {
        Set<CadreProfile> profiles = EnumSet.noneOf(CadreProfile.class);
        for (CadreProfile p : values()) {
            if (categories.contains(p.fits)) {
                profiles.add(p);
            }
        }
        return profiles;
    }
}

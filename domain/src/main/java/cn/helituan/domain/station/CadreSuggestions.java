package cn.helituan.domain.station;

import cn.helituan.domain.assisted.CadreProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The stationing form's suggestions, read in one statement: live members with one of the profiles (the view {@code
 * member_profile}, the demand matching's definition), not stationed on or after {@code day}, and — when {@code
 * pathPrefix} is given — with a current membership under it (the members that scope may station).
 */
public interface CadreSuggestions {

    /** How many the form shows. */
    int SHOWN = 10;

    List<CadreSuggestion> fitting(Set<CadreProfile> profiles, String pathPrefix, LocalDate day, int most);
}

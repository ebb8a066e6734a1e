package cn.helituan.domain.station;

import cn.helituan.domain.assisted.CadreProfile;
import java.util.Set;

/**
 * A member the stationing form suggests for a village (选派, 一把钥匙开一把锁): their profiles that fit the village's
 * categories — the reason the form shows ("党务干部 → 弱村") — best first: the more fitting profiles, the earlier; a
 * tie goes to the lower member id.
 */
public record CadreSuggestion(long memberId, String name, String workUnit, String post, String mobile,
                              Set<CadreProfile> fits) {
}

package cn.helituan.domain.crossteam;

import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;

/** What a form says of a team: its leader and deputy by their mobiles (the deputy may be blank). */
public record CrossTeamDetails(String name, UnitField field, int year, String leaderMobile, String deputyMobile,
                               BigDecimal allocation, int daysMin, int daysMax) {
}

package cn.helituan.domain.crossteam;

import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;

/** A line of the team list with its figures: members, towns, the year's activities, spent and balance. */
public record CrossTeamRow(Long id, String name, UnitField field, int year, String leaderName, String deputyName,
                           long members, long towns, long activities, BigDecimal allocation, BigDecimal spent) {

    public BigDecimal balance() {
        return allocation.subtract(spent);
    }
}

package cn.helituan.domain.crossteam;

import cn.helituan.domain.team.UnitField;
import java.math.BigDecimal;

/**
 * A team as the list's export writes it: the columns of its import (跨镇服务队), so that an export, corrected, imports
 * back — the unit by its path of names, leader and deputy with their mobiles, the towns served by name.
 */
public record CrossTeamSheetRow(String name, int year, UnitField field, String unit, String leaderName,
                                String leaderMobile, String deputyName, String deputyMobile, BigDecimal allocation,
                                String towns, int daysMin, int daysMax) {
}

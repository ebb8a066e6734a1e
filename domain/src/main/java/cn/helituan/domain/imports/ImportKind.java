package cn.helituan.domain.imports;

import static cn.helituan.domain.imports.ImportColumn.choice;
import static cn.helituan.domain.imports.ImportColumn.date;
import static cn.helituan.domain.imports.ImportColumn.mobile;
import static cn.helituan.domain.imports.ImportColumn.text;
import static cn.helituan.domain.imports.ImportColumn.yesNo;

import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import java.util.List;
import java.util.Optional;

/**
 * What a sheet imports, in the order a workbook is imported: a sheet may refer to what an earlier one creates (a member
 * to a work unit and a group of the same workbook). The first column of each is the natural key that makes a
 * re-import update in place: a region's code, a work unit's or a chain's name, a unit's path of names, a member's
 * mobile phone.
 */
public enum ImportKind {

    REGIONS(text("code", true, 50), text("name", true, 100), choice("level", true, RegionLevel.class),
            text("parentCode", false, 50)),
    WORK_UNITS(text("name", true, 100), choice("kind", true, WorkUnitKind.class)),
    CHAINS(text("name", true, 100)),
    UNITS(text("path", true, 1000), choice("kind", true, UnitKind.class), choice("field", true, UnitField.class),
            text("localName", false, 20), text("description", false, 2000)),
    MEMBERS(mobile("mobile"), text("name", true, 50), choice("gender", true, Gender.class),
            text("workUnit", true, 100), choice("type", true, MemberType.class), text("post", false, 100),
            text("rank", false, 50), text("specialty", false, 200), yesNo("partyMember"), text("unit", false, 1000),
            choice("position", false, Position.class), date("joinedOn"), text("notes", false, 2000));

    private final List<ImportColumn> columns;

    ImportKind(ImportColumn... columns) {
        this.columns = List.of(columns);
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}

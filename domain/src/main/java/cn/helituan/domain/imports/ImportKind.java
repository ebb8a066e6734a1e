package cn.helituan.domain.imports;

import static cn.helituan.domain.imports.ImportColumn.choice;
import static cn.helituan.domain.imports.ImportColumn.choices;
import static cn.helituan.domain.imports.ImportColumn.date;
import static cn.helituan.domain.imports.ImportColumn.decimal;
import static cn.helituan.domain.imports.ImportColumn.degrees;
import static cn.helituan.domain.imports.ImportColumn.idNumber;
import static cn.helituan.domain.imports.ImportColumn.integer;
import static cn.helituan.domain.imports.ImportColumn.mobile;
import static cn.helituan.domain.imports.ImportColumn.optionalMobile;
import static cn.helituan.domain.imports.ImportColumn.text;
import static cn.helituan.domain.imports.ImportColumn.yesNo;

import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.CommunityGoal;
import cn.helituan.domain.assisted.EnterpriseScale;
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.Urgency;
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
 * mobile phone, an object's code, a relationship's group, object and first day, a demand's object and title, a
 * resource's declarer (group, work unit or member) and title. The exception: 活动台账 (ACTIVITIES) has the activity
 * export's columns in its order (export → edit → import round-trips); its key is the export's id column, else the
 * group, day, title and first object ({@link ActivityImporter}). So has 驻村名册 (STATIONINGS): the register's export
 * columns; its key is the village's code, the cadre's mobile and the first day ({@link StationingImporter}). So have
 * 跨镇服务队 (CROSS_TEAMS, the team list's export; key: name and year, {@link CrossTeamImporter}) and its 队员
 * (CROSS_TEAM_MEMBERS, the members export; key: team, year and mobile, {@link CrossTeamMemberImporter}).
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
            choice("position", false, Position.class), date("joinedOn"), text("notes", false, 2000),
            idNumber("idNumber")),
    OBJECTS(text("code", true, 50), text("name", true, 100), choice("kind", true, AssistedKind.class),
            text("regionCode", false, 50), text("contactName", false, 50), text("contactPhone", false, 20),
            choices("categories", VillageCategory.class), integer("population", 1_000_000),
            integer("households", 1_000_000), choices("goals", CommunityGoal.class), text("chain", false, 100),
            choice("scale", false, EnterpriseScale.class), text("level", false, 50), text("notes", false, 2000),
            degrees("latitude", 90), degrees("longitude", 180), integer("checkinRadius", ObjectPlace.MAX_RADIUS)),
    RELATIONSHIPS(text("group", true, 1000), text("objectCode", true, 50), date("startsOn", true),
            date("endsOn", true), choice("focus", true, AssistanceFocus.class), text("agreement", false, 4000)),
    DEMANDS(text("objectCode", true, 50), text("title", true, 100), text("category", true, 50),
            choice("urgency", false, Urgency.class), date("wantedBy"), text("description", false, 4000)),
    RESOURCES(text("title", true, 100), text("category", true, 50), decimal("capacity", true, 2_000_000_000),
            choice("capacityUnit", true, CapacityUnit.class), text("group", false, 1000), text("workUnit", false, 100),
            optionalMobile("memberMobile"), date("availableFrom"), date("availableTo"),
            text("description", false, 4000)),
    ACTIVITIES(date("occurredOn", true), text("type", true, 50), text("title", true, 100),
            text("group", true, 1000), text("objects", true, 4000), text("status", false, 20),
            text("members", false, 4000), integer("otherParticipants", 100_000), text("place", false, 100),
            decimal("fundsSecured", false, 2_000_000_000), integer("projectsIntroduced", 10_000_000),
            integer("technologiesPromoted", 10_000_000), integer("trainingsHeld", 10_000_000),
            integer("peopleTrained", 10_000_000), integer("beneficiaries", 10_000_000),
            integer("peopleEmployed", 10_000_000), decimal("produceSold", false, 2_000_000_000),
            decimal("donations", false, 2_000_000_000), integer("patientsSeen", 10_000_000),
            text("projectNames", false, 500), text("description", false, 5000), text("id", false, 20),
            text("confirmedBy", false, 50), date("confirmedOn"), text("task", false, 200)),
    STATIONINGS(text("objectCode", true, 50), text("object", false, 100), text("member", false, 50),
            text("mobile", true, 20), choice("role", true, StationRole.class), text("workUnit", false, 100),
            text("post", false, 100), date("startsOn", true), date("plannedEndOn"), date("endsOn"),
            text("commitmentProjects", false, 2000), text("commitmentFunds", false, 2000),
            text("commitmentResponsibility", false, 2000), date("insuredOn"), date("healthCheckedOn"),
            decimal("subsidyPerDay", false, 100_000)),
    CROSS_TEAMS(text("name", true, 100), integer("year", 9999), choice("field", true, UnitField.class),
            text("unit", false, 1000), text("leader", false, 50), mobile("leaderMobile"), text("deputy", false, 50),
            optionalMobile("deputyMobile"), text("allocation", true, 40), text("towns", false, 4000),
            integer("daysMin", 31), integer("daysMax", 31)),
    CROSS_TEAM_MEMBERS(text("team", true, 100), integer("year", 9999), text("member", false, 50), mobile("mobile"));

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

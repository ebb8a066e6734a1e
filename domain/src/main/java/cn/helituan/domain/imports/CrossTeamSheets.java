package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.crossteam.CrossTeamMembers;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeamTowns;
import cn.helituan.domain.crossteam.CrossTeams;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.Units;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The cross-town teams' two sheets (跨镇服务队, 跨镇服务队队员) with what they read and write through. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CrossTeamSheets {

    private final CrossTeamService service;
    private final CrossTeams teams;
    private final CrossTeamTowns towns;
    private final CrossTeamMembers teamMembers;
    private final Regions regions;
    private final Units units;
    private final Members members;

    void addTo(Map<ImportKind, SheetImporter> importers) {
        importers.put(ImportKind.CROSS_TEAMS, new CrossTeamImporter(service, teams, towns, regions, units, members));
        importers.put(ImportKind.CROSS_TEAM_MEMBERS,
                new CrossTeamMemberImporter(service, teams, teamMembers, members));
    }
}

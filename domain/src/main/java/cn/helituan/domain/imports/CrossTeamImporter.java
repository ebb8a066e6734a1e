package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionOption;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeamTown;
import cn.helituan.domain.crossteam.CrossTeamTowns;
import cn.helituan.domain.crossteam.CrossTeams;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * 跨镇服务队: a team per row, in the team list export's columns, created or changed through the team form's own
 * service ({@link CrossTeamService#create}, {@link CrossTeamService#edit}, {@link CrossTeamService#addTown},
 * {@link CrossTeamService#removeTown}), so its rules are the import's: the leader a first secretary stationed today,
 * the deputy not the leader, the budget in yuan to the fen (not negative, not three decimals), a name once per unit and
 * year, a town once. The natural key is the team's name and year among the live teams of the importer's scope (and of
 * the unit, when the row names one). The towns served are a cell of names or region codes separated by 、: the row's
 * towns are the team's (missing ones added, others removed, never deleted); a sheet without the column keeps them.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CrossTeamImporter implements SheetImporter {

    /** Separators of a list of towns (not "/", which a name never holds but a path would). */
    private static final Pattern SEPARATOR = Pattern.compile("[、,，;；\\n]+");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    private static final int DAYS_MIN = 3;
    private static final int DAYS_MAX = 5;

    private final CrossTeamService service;
    private final CrossTeams teams;
    private final CrossTeamTowns towns;
    private final Regions regions;
    private final Units units;
    private final Members members;

    @Override
    public Outcome line(ImportLine line, ImportRun run) {
        ImportRun.Values v = run.values(line);
        if (v == null) {
            return Outcome.PROBLEM;
        }
        Integer year = v.get("year");
        if (year == null) {
            run.problem(line, "year", "import.cell.required", null);
            return Outcome.PROBLEM;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            // the form's range (CrossTeamForm: 2000–2100)
            run.problem(line, "year", "import.crossteam.year", line.get("year"));
            return Outcome.PROBLEM;
        }
        String name = Cells.text(v.text("name"));
        if (!run.firstTime(line, "name", name + "|" + year)) {
            return Outcome.PROBLEM;
        }
        Long unitId = unit(line, run, v);
        if (unitId == null && v.text("unit") != null) {
            return Outcome.PROBLEM;
        }
        CrossTeam current;
        try {
            current = existing(run, name, year, unitId);
        } catch (IllegalStateException twoTeams) {
            run.problem(line, "unit", "import.crossteam.ambiguous", name);
            return Outcome.PROBLEM;
        }
        if (!namesMatch(line, run, v, "leader", "leaderMobile") | !namesMatch(line, run, v, "deputy", "deputyMobile")) {
            return Outcome.PROBLEM;
        }
        BigDecimal allocation = amount(line, run, v.text("allocation"));
        if (allocation == null) {
            return Outcome.PROBLEM;
        }
        List<Long> townIds = line.has("towns") ? towns(line, run, v.text("towns")) : null;
        if (townIds == null && line.has("towns")) {
            return Outcome.PROBLEM;
        }
        String deputy = line.has("deputyMobile") || current == null ? v.text("deputyMobile")
                : current.getDeputy() == null ? null : current.getDeputy().getMobile();
        CrossTeamDetails details = new CrossTeamDetails(name, v.get("field"), year, v.text("leaderMobile"), deputy,
                allocation, days(line, v, "daysMin", current == null ? DAYS_MIN : current.getDaysMin()),
                days(line, v, "daysMax", current == null ? DAYS_MAX : current.getDaysMax()));
        try {
            if (current == null) {
                CrossTeam team = service.create(run.scope, unitId, details);
                for (Long town : townIds == null ? List.<Long>of() : townIds) {
                    service.addTown(run.scope, team.getId(), town);
                }
                return Outcome.CREATED;
            }
            boolean same = same(current, details);
            if (!same) {
                service.edit(run.scope, current.getId(), current.getVersion(), details);
            }
            boolean townsChanged = townIds != null && retown(run, current.getId(), townIds);
            return same && !townsChanged ? Outcome.UNCHANGED : Outcome.UPDATED;
        } catch (RuleViolation e) {
            String column = column(e.field());
            Object[] args = e.args();
            run.problem(line, column, e.messageKey(), args != null && args.length > 0 && args[0] != null
                    ? args[0].toString() : line.get(column));
            return Outcome.PROBLEM;
        } catch (ForbiddenException | NotFoundException e) {
            run.problem(line, "name", "import.crossteam.outOfScope", name);
            return Outcome.PROBLEM;
        }
    }

    /** The unit the row names (a path of names inside the scope), else null (said when the cell is filled). */
    private Long unit(ImportLine line, ImportRun run, ImportRun.Values v) {
        String text = v.text("unit");
        if (text == null) {
            return null;
        }
        String path = String.join("/", ImportRun.pathNames(text));
        if (run.ambiguous(path)) {
            run.problem(line, "unit", "import.unit.ambiguous", text);
            return null;
        }
        UnitKey unit = run.units(units).get(path.toLowerCase());
        if (unit == null) {
            run.problem(line, "unit", "import.crossteam.unitUnknown", text);
            return null;
        }
        return unit.id();
    }

    /**
     * The live team of the name and year in the scope (and of the unit when given), or null.
     *
     * @throws IllegalStateException when two such teams (of two units) answer: the row must name the unit
     */
    private CrossTeam existing(ImportRun run, String name, int year, Long unitId) {
        List<CrossTeam> found = teams.findByNameAndYearAndArchivedFalse(name, year).stream()
                .filter(t -> run.scope.covers(t.getUnit().getPath()))
                .filter(t -> unitId == null || t.getUnit().getId().equals(unitId))
                .toList();
        if (found.size() > 1) {
            throw new IllegalStateException("two teams " + name);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** A name column, when filled, must be the name of the mobile's member (a mistyped mobile is someone else). */
    private boolean namesMatch(ImportLine line, ImportRun run, ImportRun.Values v, String nameColumn,
                               String mobileColumn) {
        String name = v.text(nameColumn);
        String mobile = v.text(mobileColumn);
        if (name == null || mobile == null) {
            return true;
        }
        Member member = members.findByMobile(mobile).orElse(null);
        if (member != null && !Cells.label(member.getName()).equals(Cells.label(name))) {
            run.problem(line, nameColumn, "import.crossteam.memberName", name);
            return false;
        }
        return true;
    }

    /**
     * The amount as written: yuan, with 元, ¥, thousands separators or 万 as {@link Cells#decimal} reads them, and a
     * minus sign kept, so that the form's own rule ({@code Money.check}, in the service) refuses a negative amount or a
     * third decimal with its message. Null when it is no number (said).
     */
    static BigDecimal amount(ImportLine line, ImportRun run, String text) {
        String cell = Cells.ascii(text);
        boolean negative = cell.startsWith("-");
        try {
            BigDecimal value = Cells.decimal(negative ? cell.substring(1) : cell);
            if (value == null) {
                run.problem(line, "allocation", "import.cell.required", null);
                return null;
            }
            return negative ? value.negate() : value;
        } catch (IllegalArgumentException e) {
            run.problem(line, "allocation", Cells.numberInWords(text) ? "import.cell.numberInWords"
                    : "import.cell.decimal", text);
            return null;
        }
    }

    private static int days(ImportLine line, ImportRun.Values v, String column, int kept) {
        Integer value = v.get(column);
        return value != null ? value : line.has(column) ? (column.equals("daysMin") ? DAYS_MIN : DAYS_MAX) : kept;
    }

    /** The towns the cell names, by name or code, each a live town; null when one is unknown or ambiguous (said). */
    private List<Long> towns(ImportLine line, ImportRun run, String cell) {
        Map<String, List<RegionOption>> byName = run.state(TownNames.class, () -> new TownNames(regions)).byLabel;
        List<Long> ids = new ArrayList<>();
        boolean ok = true;
        for (String item : cell == null ? List.<String>of() : List.of(SEPARATOR.split(Cells.text(cell)))) {
            String text = item.strip();
            if (text.isEmpty()) {
                continue;
            }
            RegionOption byCode = regions.findByCodeIgnoreCase(text).filter(r -> r.getLevel() == RegionLevel.TOWN
                    && !r.isArchived()).map(r -> new RegionOption(r.getId(), r.getName(), 0, r.getLevel(),
                    r.getCode())).orElse(null);
            List<RegionOption> named = byName.getOrDefault(Cells.label(text), List.of());
            if (byCode != null) {
                ids.add(byCode.id());
            } else if (named.size() == 1) {
                ids.add(named.get(0).id());
            } else {
                run.problem(line, "towns", named.isEmpty() ? "import.crossteam.townUnknown"
                        : "import.crossteam.townAmbiguous", text);
                ok = false;
            }
        }
        return ok ? ids : null;
    }

    /** Adds the row's towns the team lacks and removes those it no longer names; whether anything changed. */
    private boolean retown(ImportRun run, Long teamId, List<Long> townIds) {
        List<CrossTeamTown> now = towns.current(teamId);
        Set<Long> served = new LinkedHashSet<>();
        now.forEach(t -> served.add(t.getRegion().getId()));
        boolean changed = false;
        for (CrossTeamTown town : now) {
            if (!townIds.contains(town.getRegion().getId())) {
                service.removeTown(run.scope, teamId, town.getId());
                changed = true;
            }
        }
        Set<Long> named = new HashSet<>();
        for (Long id : townIds) {
            if (named.add(id) && served.contains(id)) {
                continue;
            }
            // a town named twice in the cell is refused by the service (crossteam.town.twice), as on the page
            service.addTown(run.scope, teamId, id);
            changed = true;
        }
        return changed;
    }

    private static boolean same(CrossTeam team, CrossTeamDetails row) {
        String deputy = team.getDeputy() == null ? null : team.getDeputy().getMobile();
        return Objects.equals(SheetImporter.cleaned(team.getName()), row.name()) && team.getField() == row.field()
                && team.getYear() == row.year() && team.getLeader().getMobile().equals(row.leaderMobile())
                && Objects.equals(deputy, SheetImporter.blank(row.deputyMobile()))
                && row.allocation().compareTo(team.getAllocation()) == 0
                && row.allocation().stripTrailingZeros().scale() <= 2
                && team.getDaysMin() == row.daysMin() && team.getDaysMax() == row.daysMax();
    }

    /** The sheet's column of a rule's form field. */
    private static String column(String field) {
        if (field == null) {
            return "name";
        }
        return switch (field) {
            case "unitId" -> "unit";
            case "regionId" -> "towns";
            case "name", "field", "year", "leaderMobile", "deputyMobile", "allocation", "daysMin", "daysMax" -> field;
            default -> "name";
        };
    }

    /** The live towns by their names as labels, read once per pass (two towns may share a name: then by code). */
    private static final class TownNames {

        final Map<String, List<RegionOption>> byLabel = new HashMap<>();

        TownNames(Regions regions) {
            for (RegionOption option : regions.liveOptions()) {
                if (option.level() == RegionLevel.TOWN) {
                    byLabel.computeIfAbsent(Cells.label(option.name()), k -> new ArrayList<>()).add(option);
                }
            }
        }
    }
}

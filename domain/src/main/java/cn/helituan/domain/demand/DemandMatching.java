package cn.helituan.domain.demand;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching an accepted demand to resources and a group (the managers' step, {@link DemandAccess}): the suggestions
 * ({@link DemandMatcher} on {@link MatchingFacts}), and the match itself, which makes the demand a project.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandMatching {

    private final Projects projects;
    private final AidResources resources;
    private final DemandSuggestions suggestions;
    private final MatchingFacts facts;
    private final UnitService units;
    private final Memberships memberships;
    private final DemandAccess access;
    private final MessageService messages;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Suggestions suggest(Scope scope, long id) {
        Demand demand = access.get(scope, id);
        if (!access.manages(scope, demand)) {
            throw new ForbiddenException("match demand");
        }
        return suggest(scope, demand);
    }

    private Suggestions suggest(Scope scope, Demand demand) {
        String prefix = scope.wholeDeployment() ? null : scope.pathFilter();
        DemandCategory category = demand.getCategory();
        LocalDate today = LocalDate.now(clock);
        List<MatchingFacts.GroupFacts> groups = facts.groups(prefix, demand.getObject().getId(), category.getId(),
                category.keywordList(), today);
        // ranked on what was left a few minutes ago, then the best of them again on what is left now
        List<MatchingFacts.ResourceFacts> offered = facts.resources(prefix, category.getId(),
                category.keywordList(), today);
        List<Suggestion> first = DemandMatcher.rankResources(offered, groups, demand.getWantedBy(),
                3 * DemandMatcher.SHOWN);
        Map<Long, BigDecimal> left = facts.remaining(first.stream().map(Suggestion::targetId).toList());
        List<MatchingFacts.ResourceFacts> current = offered.stream().filter(r -> left.containsKey(r.resourceId()))
                .map(r -> r.withRemaining(left.get(r.resourceId()))).toList();
        return new Suggestions(DemandMatcher.rankResources(current, groups, demand.getWantedBy()),
                DemandMatcher.rankGroups(groups, demand.getObject().getCategories()));
    }

    /**
     * The current members of the suggested groups, by group (the matching form's choice of a responsible member):
     * one query.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Member>> membersOf(List<Suggestion> groups) {
        Map<Long, List<Member>> byGroup = new LinkedHashMap<>();
        groups.forEach(g -> byGroup.put(g.targetId(), new ArrayList<>()));
        if (!groups.isEmpty()) {
            memberships.activeInUnits(byGroup.keySet())
                    .forEach(s -> byGroup.get(s.getUnit().getId()).add(s.getMember()));
        }
        return byGroup;
    }

    /**
     * Makes the accepted demand a project: its group (which must be live and in scope), a responsible member of it,
     * the resources it takes (each no more than is left), dates and budget. The suggestions on screen are recorded,
     * each taken or ignored. One transaction: a resource refused leaves nothing behind.
     */
    @Transactional
    public Project match(Scope scope, long id, long version, MatchDetails details) {
        Demand demand = access.managed(scope, id, version);
        if (demand.getStatus() != DemandStatus.ACCEPTED) {
            throw RuleViolation.global("demand.refused.match");
        }
        if (details.groupId() == null) {
            throw new RuleViolation("groupId", "project.group.required");
        }
        Unit group = units.get(scope, details.groupId());
        if (group.getKind() != UnitKind.GROUP || group.isArchived()) {
            throw new RuleViolation("groupId", "project.group.invalid");
        }
        Member responsible = null;
        if (details.responsibleId() != null) {
            responsible = memberships.activeInUnit(group.getId()).stream().map(Membership::getMember)
                    .filter(m -> m.getId().equals(details.responsibleId())).findFirst()
                    .orElseThrow(() -> new RuleViolation("responsibleId", "project.responsible.notInGroup"));
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "project.title.required");
        }
        // the suggestions as they stood on screen, before this match takes any resource
        Suggestions shown = suggest(scope, demand);
        Project project = new Project(demand, group, responsible, details.title().strip(), details.startsOn(),
                details.deadline(), details.budget());
        Map<Long, BigDecimal> taken = details.allocations() == null ? Map.of() : details.allocations();
        List<AidResource> chosen = resources.withIds(taken.keySet());
        if (chosen.size() != taken.size()) {
            throw new RuleViolation("resources", "resource.notFound");
        }
        for (AidResource resource : chosen) {
            access.requireReadable(scope, resource);
            project.take(resource, taken.get(resource.getId()));
        }
        record(demand, shown.resources(), taken.keySet());
        record(demand, shown.groups(), Set.of(group.getId()));
        demand.match();
        Project saved = projects.save(project);
        // the group the demand is assigned to: its leader accounts
        messages.tellAll(Audience.except(scope.username()).unitAccounts(group.getId(), Role.GROUP_LEADER),
                MessageKind.DEMAND_ASSIGNED, List.of(demand.getTitle(), demand.getObject().getName(), group.getName(),
                        saved.getTitle()), "/demands/" + demand.getId());
        return saved;
    }

    private void record(Demand demand, List<Suggestion> shown, Set<Long> takenIds) {
        for (int i = 0; i < shown.size(); i++) {
            Suggestion s = shown.get(i);
            suggestions.save(new DemandSuggestion(demand, s.kind(), s.targetId(), s.score(), i + 1,
                    takenIds.contains(s.targetId()) ? DemandSuggestion.Decision.ACCEPTED
                            : DemandSuggestion.Decision.IGNORED, s.reasonsColumn()));
        }
    }
}

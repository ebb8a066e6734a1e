package cn.helituan.domain.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem-solving workflow's steps but the match ({@link DemandMatching}): raise, edit, accept, decline, report
 * solved, confirm or reopen, propose and review "cannot be solved". {@link DemandAccess} says who takes each step;
 * each step checks the demand's state first ({@link Demand}); a step refused changes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemandWorkflow {

    private final Demands demands;
    private final DemandCategories categories;
    private final Projects projects;
    private final DemandAccess access;
    private final DemandChoices choices;
    private final MessageService messages;
    private final Clock clock;

    @Transactional
    public Demand raise(Scope scope, DemandDetails details) {
        if (details.objectId() == null) {
            throw new RuleViolation("objectId", "demand.object.required");
        }
        // an object outside the user's scope is refused on the field, the same whether it exists or not
        AssistedObject object;
        try {
            object = scope.role() == Role.FIRST_SECRETARY && !details.objectId().equals(scope.objectId()) ? null
                    : choices.raisable(scope, details.objectId()).stream()
                            .filter(o -> o.getId().equals(details.objectId())).findFirst().orElse(null);
        } catch (NotFoundException e) {
            object = null;
        }
        if (object == null) {
            throw new RuleViolation("objectId", "demand.object.outOfScope");
        }
        Demand demand = new Demand(object, scope.role() == Role.FIRST_SECRETARY);
        describe(demand, details);
        return demands.save(demand);
    }

    /** Changes what a demand says, while nobody has taken it up: by whoever raised it, or a manager. */
    @Transactional
    public Demand edit(Scope scope, long id, long version, DemandDetails details) {
        Demand demand = access.get(scope, id);
        if (!access.canEdit(scope, demand)) {
            throw new ForbiddenException("edit demand");
        }
        demand.checkVersion(version);
        if (demand.getStatus() != DemandStatus.RAISED) {
            throw RuleViolation.global("demand.refused.edit");
        }
        describe(demand, details);
        return demand;
    }

    private void describe(Demand demand, DemandDetails details) {
        DemandCategory category = details.categoryId() == null ? null
                : categories.findById(details.categoryId()).filter(c -> !c.isArchived()).orElse(null);
        if (category == null) {
            throw new RuleViolation("categoryId", "demand.category.invalid");
        }
        if (details.wantedBy() != null && details.wantedBy().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("wantedBy", "demand.wantedBy.past");
        }
        demand.describe(category, details.title(), details.description(), details.urgency(), details.wantedBy());
    }

    @Transactional
    public Demand accept(Scope scope, long id, long version) {
        Demand demand = access.managed(scope, id, version);
        demand.accept();
        return demand;
    }

    @Transactional
    public Demand decline(Scope scope, long id, long version, String reason) {
        Demand demand = access.managed(scope, id, version);
        demand.decline(reason);
        return demand;
    }

    /** The group reports the demand solved: its project is done, and the raiser is asked to confirm. */
    @Transactional
    public Demand reportSolved(Scope scope, long id, long version) {
        Demand demand = access.get(scope, id);
        Project project = access.worked(scope, demand);
        demand.checkVersion(version);
        demand.reportSolved();
        project.finish(ProjectStatus.DONE);
        // whoever answers for the raiser confirms: the object's account, or the one in the department who raised it
        Audience raiser = Audience.except(scope.username());
        raiser = demand.isRaisedByObject() ? raiser.objectAccounts(demand.getObject().getId())
                : raiser.user(demand.getCreatedBy());
        messages.tellAll(raiser, MessageKind.DEMAND_SOLVED, List.of(demand.getTitle(), project.getGroup().getName()),
                "/demands/" + demand.getId());
        return demand;
    }

    /** The raiser confirms it resolved ({@code resolved}), or reopens it with a reason (its project resumes). */
    @Transactional
    public Demand answer(Scope scope, long id, long version, boolean resolved, String reason) {
        Demand demand = access.get(scope, id);
        if (!access.raiser(scope, demand)) {
            throw new ForbiddenException("confirm demand");
        }
        demand.checkVersion(version);
        if (resolved) {
            demand.confirmResolved(LocalDate.now(clock));
        } else {
            demand.reopen(reason);
            projects.findByDemandId(id).ifPresent(Project::resume);
        }
        return demand;
    }

    /** "Cannot be solved", with a reason: by a manager before a project exists, else by the project's group. */
    @Transactional
    public Demand proposeUnsolvable(Scope scope, long id, long version, String reason) {
        Demand demand = access.get(scope, id);
        Optional<Project> project = projects.findByDemandId(id);
        if (project.isPresent()) {
            access.worked(scope, demand);
        } else if (!access.manages(scope, demand)) {
            throw new ForbiddenException("propose unsolvable");
        }
        demand.checkVersion(version);
        demand.proposeUnsolvable(reason);
        return demand;
    }

    /** The organization department's review of "cannot be solved": agreed, the project stops; else work goes on. */
    @Transactional
    public Demand reviewUnsolvable(Scope scope, long id, long version, boolean agreed) {
        Demand demand = access.get(scope, id);
        if (scope.role() != Role.ORG_ADMIN) {
            throw new ForbiddenException("review unsolvable");
        }
        if (demand.getStatus() == DemandStatus.UNSOLVABLE_PROPOSED && scope.username().equals(demand.getUpdatedBy())) {
            throw RuleViolation.global("demand.review.own");
        }
        demand.checkVersion(version);
        demand.reviewUnsolvable(agreed);
        if (agreed) {
            projects.findByDemandId(id).ifPresent(p -> p.finish(ProjectStatus.STOPPED));
        }
        return demand;
    }
}

package cn.helituan.web.activity;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityAccess;
import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.activity.ActivityConfirmation;
import cn.helituan.domain.activity.ActivityList;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityLog;
import cn.helituan.domain.activity.ActivityPhotosService;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.activity.ActivityView;
import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.activity.ProjectChoices;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.photo.PhotoUpload;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.CodedChoice;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.kept.KeptFragments;
import cn.helituan.web.photo.PhotoUploads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 帮扶活动: the list of the user's scope (a group's, a sub-team's, a village's), logging and editing an activity on a
 * phone, its page with the objects' confirmations and its history, withdrawing, and the first secretary's
 * confirmation or dispute. Its photos are {@link ActivityPhotoController}'s.
 */
@Controller
class ActivityController {

    static final int PAGE_SIZE = 20;
    /** The page sizes a user may choose ({@code ?size=50}); any other is the usual 20. */
    private static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    private static final String FORM = "activities/form";

    private final ActivityListing activities;
    private final ActivityLog log;
    private final ActivityConfirmation confirmation;
    private final ActivityChoices choices;
    private final ActivityAccess access;
    private final cn.helituan.domain.activity.CrossTeamActivities crossTeams;
    private final UnitService units;
    private final AssistedService assisted;
    private final DataSize maxPhotoSize;
    private final Clock clock;
    private final KeptFragments keptFragments;

    ActivityController(ActivityListing activities, ActivityLog log, ActivityConfirmation confirmation,
                       ActivityChoices choices, ActivityAccess access, UnitService units, AssistedService assisted,
                       @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock,
                       cn.helituan.domain.activity.CrossTeamActivities crossTeams, KeptFragments keptFragments) {
        this.activities = activities;
        this.keptFragments = keptFragments;
        this.log = log;
        this.confirmation = confirmation;
        this.choices = choices;
        this.access = access;
        this.crossTeams = crossTeams;
        this.units = units;
        this.assisted = assisted;
        this.maxPhotoSize = maxPhotoSize;
        this.clock = clock;
    }

    @ModelAttribute("figureFields")
    List<FigureField> figureFields() {
        return FigureField.ALL;
    }

    @ModelAttribute("statuses")
    ActivityStatus[] statuses() {
        return ActivityStatus.values();
    }

    @FromReplica
    @GetMapping("/activities")
    String list(Scope scope, @ModelAttribute("params") ActivityParams params,
                @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
                @RequestParam(required = false) String view, @RequestParam(defaultValue = "false") boolean totals,
                HttpServletRequest request, Model model) {
        ActivityQuery query = params.toQuery();
        int pageSize = PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
        ActivityList list = activities.list(scope, query, Pagination.request(page, pageSize));
        // the list below the menu, rendered once for equal rows and filters and kept as text (KeptFragments): its
        // variables are values — the rows as records, the photos' summaries, the types as CodedChoice
        Map<String, Object> kept = new HashMap<>();
        kept.put("rows", list.rows().map(ActivityListRow::of));
        kept.put("pageSizes", PAGE_SIZES);
        kept.put("pageSize", pageSize);
        kept.put("more", list.more());
        kept.put("countCap", ActivityListing.COUNT_CAP);
        // the figures' totals read every match: on the page when asked for (?totals=true), else when opened
        kept.put("totals", totals ? activities.totals(scope, query) : null);
        kept.put("totalsUrl", Pagination.withoutPage("/activities/totals", request));
        kept.put("totalsPageUrl", Pagination.withTotals(request));
        kept.put("photos", list.photos());
        kept.put("timeline", "timeline".equals(view));
        kept.put("listUrl", Pagination.withParam(request, "view", null));
        kept.put("timelineUrl", Pagination.withParam(request, "view", "timeline"));
        kept.put("pagination", Pagination.of(list.rows(), request, list.more()));
        kept.put("query", query);
        kept.put("exportUrl", Pagination.withoutPage("/activities/export", request));
        kept.put("types", CodedChoice.of(choices.types(), t -> t.getId()));
        kept.put("statuses", List.of(ActivityStatus.values()));
        kept.put("kinds", List.of(AssistedKind.values()));
        kept.put("canLog", access.canLog(scope));
        kept.put("canSeeTypes", scope.canManageAccounts());
        kept.put("units", scope.role() != Role.FIRST_SECRETARY ? units.filterOptions(scope, query.unitId()) : null);
        kept.put("objectName", query.objectId() != null ? assisted.get(scope, query.objectId()).getName() : null);
        model.addAttribute("listText", keptFragments.render("activities/list", "list", kept));
        model.addAttribute("rows", list.rows());
        return "activities/list";
    }

    /** The totals of the list's filters, as the fragment its folded section loads when opened. */
    @FromReplica
    @GetMapping("/activities/totals")
    String totals(Scope scope, @ModelAttribute("params") ActivityParams params, Model model) {
        model.addAttribute("totals", activities.totals(scope, params.toQuery()));
        return "activities/list :: totalsTable";
    }

    @GetMapping("/activities/new")
    String createForm(Scope scope, @RequestParam(required = false) Long group, Model model) {
        List<Unit> groups = choices.groups(scope);
        ActivityForm form = new ActivityForm();
        form.setOccurredOn(LocalDate.now(clock));
        if (group != null) {
            form.setGroupId(group);
        } else if (groups.size() == 1 || scope.unitId() != null && groups.stream()
                .anyMatch(g -> g.getId().equals(scope.unitId()))) {
            form.setGroupId(groups.size() == 1 ? groups.get(0).getId() : scope.unitId());
        }
        model.addAttribute("activityForm", form);
        return formView(scope, form, null, model);
    }

    /**
     * A large group's participants as its user types (htmx, {@code static/js/participants.js}): the current members
     * whose name or mobile holds the text, a page of them, each a box to tick; the group must be one the user logs for.
     */
    @GetMapping("/activities/participants")
    String participants(Scope scope, @RequestParam long group, @RequestParam(required = false) String q,
                        Model model) {
        model.addAttribute("found", choices.searchMembers(scope, group, q));
        model.addAttribute("query", q == null ? "" : q.strip());
        return "activities/form :: participantOptions";
    }

    /**
     * Logs the activity with the photos chosen on its form, in one transaction; a photo refused refuses the whole
     * form, why on the photo field. A refused form keeps what was typed, not the files (a browser cannot be given
     * them back): it says how many photos must be chosen again.
     */
    @PostMapping("/activities/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("activityForm") ActivityForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        formView(scope, form, null, model);
        List<PhotoUpload> photos = PhotoUploads.read(form.getPhotos(), maxPhotoSize, clock.getZone(),
                ActivityPhotosService.MAX_PHOTOS, result, "photos");
        String view = Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "activity", saved -> "/activities/" + saved,
                    () -> log.log(scope, form.toDetails(), photos).getId());
            redirect.addFlashAttribute("success", "flash.activity.logged");
            return "redirect:/activities/" + id;
        });
        if (FORM.equals(view)) {
            model.addAttribute("photosToChooseAgain", PhotoUploads.chosen(form.getPhotos()).size());
        }
        return view;
    }

    @GetMapping("/activities/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        ActivityView view = activities.view(scope, id);
        Activity activity = view.activity();
        model.addAttribute("activity", activity);
        model.addAttribute("history", view.history());
        model.addAttribute("photos", view.photos());
        model.addAttribute("maxPhotos", ActivityPhotosService.MAX_PHOTOS);
        model.addAttribute("maxPhotoSize", maxPhotoSize.toMegabytes());
        model.addAttribute("canEdit", access.canEdit(scope, activity));
        model.addAttribute("decidable", view.decidable());
        model.addAttribute("onBehalf", scope.role() != Role.FIRST_SECRETARY);
        // the group's page opens for readers of the roster whose scope holds it — not for the village's first
        // secretary, nor for a reader of a cross-town team's activity whose scope is below the team's unit
        model.addAttribute("groupLinked", scope.canReadRoster() && scope.covers(activity.getGroup().getPath()));
        model.addAttribute("crossTeamLinked", activity.getCrossTeamId() != null
                && crossTeams.reads(scope, activity.getCrossTeamId()));
        model.addAttribute("taskTitle", choices.taskTitle(activity).orElse(null));
        model.addAttribute("projectTitle", choices.projectTitle(activity).orElse(null));
        return "activities/show";
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        Activity activity = access.get(scope, id);
        if (!access.canEdit(scope, activity)) {
            throw new ForbiddenException("edit activity");
        }
        ActivityForm form = ActivityForm.of(activity);
        model.addAttribute("activityForm", form);
        return formView(scope, form, activity, model);
    }

    @PostMapping("/activities/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Activity activity = access.get(scope, id);
        formView(scope, form, activity, model);
        return Forms.submit(result, response, FORM, () -> {
            log.edit(scope, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/activities/" + id;
        });
    }

    @PostMapping("/activities/{id}/withdraw")
    String withdraw(Scope scope, @PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String page = "/activities/" + id;
        return Forms.redirectAfter(redirect, () -> log.withdraw(scope, id, version, strip(reason)),
                "flash.activity.withdrawn", page, page);
    }

    @PostMapping("/activities/{id}/confirm")
    String confirm(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) Long object, RedirectAttributes redirect) {
        String page = "/activities/" + id;
        return Forms.redirectAfter(redirect, () -> confirmation.decide(scope, id, version, object, true, null),
                "flash.activity.confirmed", page, page);
    }

    @PostMapping("/activities/{id}/dispute")
    String dispute(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) Long object, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        String page = "/activities/" + id;
        return Forms.redirectAfter(redirect,
                () -> confirmation.decide(scope, id, version, object, false, strip(reason)),
                "flash.activity.disputed", page, page);
    }

    private String formView(Scope scope, ActivityForm form, Activity editing, Model model) {
        List<Unit> groups = choices.groups(scope);
        model.addAttribute("groups", groups);
        model.addAttribute("editing", editing);
        model.addAttribute("maxPhotos", ActivityPhotosService.MAX_PHOTOS);
        model.addAttribute("maxPhotoSize", maxPhotoSize.toMegabytes());
        List<ActivityType> types = new ArrayList<>(choices.types());
        if (editing != null && types.stream().noneMatch(t -> t.getId().equals(editing.getType().getId()))) {
            // archived since it was logged: the activity keeps it
            types.add(0, editing.getType());
        }
        model.addAttribute("types", types);
        model.addAttribute("asked", types.stream().filter(t -> t.getId().equals(form.getTypeId())).findFirst()
                .orElse(editing != null && editing.getType().getId().equals(form.getTypeId()) ? editing.getType()
                        : null));
        Long groupId = form.getGroupId();
        if (groupId != null && groups.stream().anyMatch(g -> g.getId().equals(groupId))) {
            model.addAttribute("objects", choices.objectsOf(scope, groupId));
            ActivityChoices.Participants participants = choices.participantsOf(scope, groupId, form.getMemberIds());
            model.addAttribute("groupMembers", participants.shown());
            model.addAttribute("memberSearch", participants.searched());
            model.addAttribute("memberTotal", participants.total());
            List<ProjectChoices.ProjectOption> projects = new ArrayList<>(choices.projectsOf(scope, groupId));
            Long kept = editing == null ? null : editing.getProjectId();
            if (kept != null && projects.stream().noneMatch(p -> p.id() == kept)) {
                // done since: the activity keeps it
                projects.add(0, new ProjectChoices.ProjectOption(kept, choices.projectTitle(editing).orElse("")));
            }
            model.addAttribute("projects", projects);
            int year = (form.getOccurredOn() == null ? LocalDate.now(clock) : form.getOccurredOn()).getYear();
            model.addAttribute("tasks", choices.tasksOf(scope, groupId, year));
        } else {
            model.addAttribute("tasks", List.of());
            model.addAttribute("objects", List.of());
            model.addAttribute("groupMembers", List.of());
            model.addAttribute("memberSearch", false);
            model.addAttribute("projects", List.of());
        }
        return FORM;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** A figure as the form shows it: its field name, its message key, whether it is money. */
    record FigureField(Figure figure, String field, boolean money) {

        static final List<FigureField> ALL = Arrays.stream(Figure.values())
                .map(f -> new FigureField(f, ActivityLog.fieldOf(f),
                        f == Figure.FUNDS_SECURED || f == Figure.PRODUCE_SOLD || f == Figure.DONATIONS))
                .toList();
    }
}

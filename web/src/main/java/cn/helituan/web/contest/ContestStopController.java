package cn.helituan.web.contest;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestScoring;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's stops, judges and publication (the organiser) and a stop's page where each judge scores it on a phone
 * (a judge sees their own scores only until the round is published).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContestStopController {

    private static final String STOP = "contests/stop";

    private final ContestReading reading;
    private final ContestAdministration administration;
    private final ContestScoring scoring;
    private final ContestPhotos photos;
    private final cn.helituan.domain.contest.CaseDrafting caseDrafting;
    @Value("${helituan.photo.max-size:15MB}")
    private DataSize maxPhotoSize;

    /** Where a stop's photo form returns: the stop's page in its round. */
    @GetMapping("/contest-stops/{stopId}")
    String stopPage(Scope scope, @PathVariable long stopId) {
        return "redirect:/contests/" + photos.readable(scope, stopId).getRound().getId() + "/stops/" + stopId
                + "#photos";
    }

    @GetMapping("/contests/{id}/stops/{stopId}")
    String show(Scope scope, @PathVariable long id, @PathVariable long stopId, Model model) {
        ContestReading.StopPage page = reading.stop(scope, id, stopId);
        model.addAttribute("sheetForm", ScoreForm.of(page.mine()));
        model.addAttribute("draftsCase", caseDrafting.mayDraft(scope));
        return stopView(page, model);
    }

    @PostMapping("/contests/{id}/stops/{stopId}/score")
    String score(Scope scope, @PathVariable long id, @PathVariable long stopId,
                 @Valid @ModelAttribute("sheetForm") ScoreForm form, BindingResult result, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!reading.isStopOf(scope, id, stopId)) {
            redirect.addFlashAttribute("failure", "contest.score.otherRound");
            return "redirect:/contests/" + id;
        }
        stopView(reading.stop(scope, id, stopId), model);
        String view = Forms.submit(result, response, STOP, () -> {
            scoring.score(scope, id, stopId, form.marks());
            redirect.addFlashAttribute("success", "flash.contest.scored");
            return "redirect:/contests/" + id + "/stops/" + stopId;
        });
        Forms.markRefused(result, response);
        return view;
    }

    /** A stale comment (the stop changed since the page was opened) or one too long: the page again, text kept. */
    @PostMapping("/contests/{id}/stops/{stopId}/comment")
    String comment(Scope scope, @PathVariable long id, @PathVariable long stopId,
                   @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        ContestReading.StopPage page = reading.stop(scope, id, stopId);
        model.addAttribute("sheetForm", ScoreForm.of(page.mine()));
        model.addAttribute("draftsCase", caseDrafting.mayDraft(scope));
        stopView(page, model);
        model.addAttribute("commentForm", form);
        String view = Forms.submit(result, response, STOP, () -> {
            administration.comment(scope, id, stopId, form.getVersion(), form.getComment());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/contests/" + id + "/stops/" + stopId + "#organiser-comment";
        });
        Forms.markRefused(result, response);
        return view;
    }

    @PostMapping("/contests/{id}/stops/{stopId}/presenters")
    String presenter(Scope scope, FormKey key, @PathVariable long id, @PathVariable long stopId,
                     @RequestParam(required = false) String name, @RequestParam(required = false) String mobile,
                     @RequestParam(required = false) String post, RedirectAttributes redirect) {
        String page = "/contests/" + id + "/stops/" + stopId;
        // a double tap adds the presenter once (the form's one-time key)
        return Forms.redirectAfter(redirect, () -> key.create(scope, "contest-presenter", saved -> page,
                () -> administration.addPresenter(scope, id, stopId, clip(name, 100), clip(mobile, 20),
                        clip(post, 100)).getId()), "flash.saved", page, page);
    }

    @PostMapping("/contests/{id}/stops")
    String addStop(Scope scope, FormKey key, @PathVariable long id, @RequestParam(required = false) Long objectId,
                   @RequestParam(required = false) Long regionId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
                   RedirectAttributes redirect) {
        String page = "/contests/" + id;
        return Forms.redirectAfter(redirect, () -> key.create(scope, "contest-stop", saved -> page + "#stops",
                () -> administration.addStop(scope, id, objectId, regionId, visitOn).getId()),
                "flash.saved", page + "#stops", page + "#stops");
    }

    @PostMapping("/contests/{id}/judges")
    String addJudge(Scope scope, @PathVariable long id, @RequestParam(required = false) String username,
                    RedirectAttributes redirect) {
        String page = "/contests/" + id;
        return Forms.redirectAfter(redirect, () -> administration.addJudge(scope, id, username), "flash.saved",
                page + "#judges", page + "#judges");
    }

    @PostMapping("/contests/{id}/publish")
    String publish(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String page = "/contests/" + id;
        return Forms.redirectAfter(redirect, () -> administration.publish(scope, id, version),
                "flash.contest.published", page + "/ranking", page);
    }

    private String stopView(ContestReading.StopPage page, Model model) {
        model.addAttribute("maxPhotos", ContestPhotos.MAX_PHOTOS);
        model.addAttribute("maxPhotoSize", maxPhotoSize.toMegabytes());
        model.addAttribute("page", page);
        model.addAttribute("round", page.round());
        model.addAttribute("stop", page.stop());
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.of(page.stop()));
        }
        return STOP;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

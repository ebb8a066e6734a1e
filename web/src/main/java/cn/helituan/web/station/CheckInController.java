package cn.helituan.web.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.CheckIn;
import cn.helituan.domain.station.CheckInService;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.photo.PhotoEvidence;
import cn.helituan.web.photo.PhotoUploads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily check-in (打卡) from the phone: the page that asks the browser for its position and takes a photo, the
 * check-in itself (the server's day and time only: a day or time sent by the client is refused), the cadre's own
 * month and a village's month, and a check-in's photo.
 */
@Controller
class CheckInController {

    private static final String PAGE = "checkins/new";
    /** Parameters a client could use to back-date a check-in: refused, never read. */
    private static final Set<String> DATE_PARAMETERS = Set.of("day", "date", "checkedAt", "time", "at", "when");

    private final CheckInService checkIns;
    private final DataSize maxPhotoSize;
    private final Clock clock;
    private final MessageSource messages;

    CheckInController(CheckInService checkIns, Clock clock, MessageSource messages,
                      @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize) {
        this.checkIns = checkIns;
        this.clock = clock;
        this.messages = messages;
        this.maxPhotoSize = maxPhotoSize;
    }

    @GetMapping("/checkin")
    String page(Scope scope, Model model) {
        return pageView(scope, model, null);
    }

    @PostMapping("/objects/{objectId}/checkins")
    String checkIn(Scope scope, @PathVariable long objectId,
                   @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
                   @RequestParam(required = false) String accuracy,
                   @RequestParam(required = false) MultipartFile photo, HttpServletRequest request,
                   HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        if (DATE_PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return pageView(scope, model, messages.getMessage("checkin.date.refused", null, locale));
        }
        try {
            PhotoEvidence.Read read = PhotoEvidence.read(photo, maxPhotoSize, clock.getZone(), "photo");
            CheckIn saved = checkIns.checkIn(scope, objectId, new CheckInService.Command(number(latitude),
                    number(longitude), number(accuracy), read == null ? null : read.upload(),
                    read == null ? null : read.latitude(), read == null ? null : read.longitude()));
            redirect.addFlashAttribute("success", saved.isDoubtful() ? "flash.checkin.doubtful" : "flash.checkin");
            return "redirect:/checkin";
        } catch (RuleViolation refused) {
            response.setStatus(refused.messageKey().equals("checkin.twice") ? HttpServletResponse.SC_CONFLICT : 422);
            // the message with its arguments (the size limit), not the key's bare pattern
            return pageView(scope, model, messages.getMessage(refused.messageKey(), refused.args(), locale));
        } catch (org.springframework.dao.DataIntegrityViolationException twice) {
            // the same cadre's other check-in of today saved between our check and our insert
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return pageView(scope, model, messages.getMessage("checkin.twice", null, locale));
        }
    }

    @GetMapping("/checkins")
    String mine(Scope scope, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", shown);
        model.addAttribute("rows", checkIns.mine(scope, shown));
        model.addAttribute("stationing", checkIns.stationedToday(scope).orElse(null));
        return "checkins/mine";
    }

    @GetMapping("/objects/{objectId}/checkins")
    String village(Scope scope, @PathVariable long objectId,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                   @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("object", checkIns.village(scope, objectId));
        Page<CheckIn> rows = checkIns.ofObject(scope, objectId, shown, Pagination.request(page, 50));
        model.addAttribute("month", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "checkins/village";
    }

    /** The check-ins of a day in the reader's villages (the dashboard's "today's check-ins" opens it). */
    @GetMapping("/checkins/day")
    String day(Scope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        Page<CheckIn> rows = checkIns.ofDay(scope, shown, Pagination.request(page, 50));
        model.addAttribute("day", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "checkins/day";
    }

    @GetMapping("/checkins/{id}/photo")
    ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id,
                                 @RequestParam(defaultValue = "false") boolean thumbnail) {
        byte[] bytes = checkIns.photo(scope, id, thumbnail);
        return PhotoUploads.served(checkIns.contentType(id, thumbnail), bytes);
    }

    /** The check-in page; {@code refusal}, why the check-in was refused, already resolved (null: none). */
    private String pageView(Scope scope, Model model, String refusal) {
        Optional<Stationing> stationing = checkIns.stationedToday(scope);
        model.addAttribute("stationing", stationing.orElse(null));
        model.addAttribute("todays", checkIns.today(scope).orElse(null));
        model.addAttribute("refusal", refusal);
        model.addAttribute("rules", checkIns.rules());
        return PAGE;
    }

    /** A number the browser sent, or null for none or one that is not a finite number. */
    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

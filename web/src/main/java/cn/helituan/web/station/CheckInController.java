package cn.helituan.web.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.NotFoundException;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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

    /**
     * The check-in page; {@code done} ({@code ok} or {@code doubtful}, where the script goes once saved) says how
     * today's check-in went, as the form's flash message does — in the address, so the check-in writes nothing to
     * the session.
     */
    @GetMapping("/checkin")
    String page(Scope scope, @RequestParam(required = false) String done, Model model) {
        String view = pageView(scope, model, null);
        if (model.getAttribute("todays") instanceof CheckIn todays && !model.containsAttribute("success")
                && ("ok".equals(done) || "doubtful".equals(done))) {
            // the check-in's own verdict, the address saying only that it was just saved
            model.addAttribute("success", todays.isDoubtful() ? "flash.checkin.doubtful" : "flash.checkin");
        }
        return view;
    }

    @PostMapping("/objects/{objectId}/checkins")
    String checkIn(Scope scope, @PathVariable long objectId,
                   @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
                   @RequestParam(required = false) String accuracy,
                   @RequestParam(required = false) MultipartFile photo, HttpServletRequest request,
                   HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        Outcome outcome = attempt(scope, objectId, latitude, longitude, accuracy, request, locale,
                () -> PhotoEvidence.read(photo, maxPhotoSize, clock.getZone(), "photo"));
        if (outcome.refusal() != null) {
            response.setStatus(outcome.status());
            return pageView(scope, model, outcome.refusal());
        }
        redirect.addFlashAttribute("success", outcome.success());
        return "redirect:/checkin";
    }

    /**
     * The check-in as the page's script sends it: the photo's bytes as the request's body, the position as
     * parameters, the answer in JSON — where to go once saved (the page, saying how it went), or why it was
     * refused on the status the form's answer has. No multipart form to parse: at 3 MB, Tomcat's multipart parser
     * alone costs about 11 ms of CPU a photo on this project's host, more than the rest of the request (see
     * docs/performance.md, "The check-in's photo as the request's body"). The rules, the scope and the answers' texts
     * are the form's.
     */
    @PostMapping(path = "/objects/{objectId}/checkins", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> checkInBody(Scope scope, @PathVariable long objectId,
                                                    @RequestParam(required = false) String latitude,
                                                    @RequestParam(required = false) String longitude,
                                                    @RequestParam(required = false) String accuracy,
                                                    HttpServletRequest request, HttpServletResponse response,
                                                    Locale locale) throws IOException {
        Outcome outcome;
        try {
            outcome = attempt(scope, objectId, latitude, longitude, accuracy, request, locale,
                    () -> PhotoEvidence.read(request.getInputStream(), request.getContentLengthLong(), maxPhotoSize,
                            clock.getZone(), "photo"));
        } catch (NotFoundException notStationed) {
            // not stationed there today (another village, a plain member): said in JSON, as every refusal here
            outcome = new Outcome(null, messages.getMessage("checkin.notStationed", null, locale),
                    HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException cutOff) {
            // the phone's upload broke off (the signal dropped): nothing was saved
            outcome = new Outcome(null, messages.getMessage("checkin.photo.incomplete", null, locale),
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        if (outcome.refusal() != null) {
            return ResponseEntity.status(outcome.status()).body(Map.of("message", outcome.refusal()));
        }
        return ResponseEntity.ok(Map.of("location", request.getContextPath() + "/checkin?done="
                + (outcome.success().equals("flash.checkin.doubtful") ? "doubtful" : "ok")));
    }

    /** The photo as read from the request: null when none came. */
    @FunctionalInterface
    private interface PhotoSource {
        PhotoEvidence.Read read() throws IOException;
    }

    /** A check-in's outcome: the success message's key, or the refusal's text and its status. */
    private record Outcome(String success, String refusal, int status) {
    }

    /** Reads the photo and checks the cadre in, as one user action (the service's one transaction). */
    private Outcome attempt(Scope scope, long objectId, String latitude, String longitude, String accuracy,
                            HttpServletRequest request, Locale locale, PhotoSource photo) throws IOException {
        if (DATE_PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null)) {
            return new Outcome(null, messages.getMessage("checkin.date.refused", null, locale),
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            PhotoEvidence.Read read = photo.read();
            CheckIn saved = checkIns.checkIn(scope, objectId, new CheckInService.Command(number(latitude),
                    number(longitude), number(accuracy), read == null ? null : read.upload(),
                    read == null ? null : read.latitude(), read == null ? null : read.longitude()));
            return new Outcome(saved.isDoubtful() ? "flash.checkin.doubtful" : "flash.checkin", null, 0);
        } catch (RuleViolation refused) {
            // the message with its arguments (the size limit), not the key's bare pattern
            return new Outcome(null, messages.getMessage(refused.messageKey(), refused.args(), locale),
                    refused.messageKey().equals("checkin.twice") ? HttpServletResponse.SC_CONFLICT : 422);
        } catch (org.springframework.dao.DataIntegrityViolationException twice) {
            // the same cadre's other check-in of today saved between our check and our insert
            return new Outcome(null, messages.getMessage("checkin.twice", null, locale),
                    HttpServletResponse.SC_CONFLICT);
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

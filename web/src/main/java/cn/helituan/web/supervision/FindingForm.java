package cn.helituan.web.supervision;

import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Severity;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A finding of an inspection, with the photos taken on site. */
@Getter
@Setter
public class FindingForm {

    private Long itemId;
    private Long memberId;
    @Size(max = 2000)
    private String what;
    @Size(max = 200)
    private String place;
    private Severity severity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private List<MultipartFile> photos;

    Finding.Details details() {
        return new Finding.Details(itemId, memberId, what, place, severity, deadline);
    }
}

package cn.helituan.web.security;

import cn.helituan.domain.common.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * For the templates' lists ({@code @personal.mobile(m.mobile())}, {@code @personal.idNumber(m.idNumber())}): a mobile
 * or ID number whole for the org admin, starred for everyone else ({@link PersonalData}); read from the request's
 * {@link Viewer}.
 */
@Component("personal")
public class Personal {

    public String mobile(String mobile) {
        return wholeNumbers() ? mobile : PersonalData.maskMobile(mobile);
    }

    public String idNumber(String idNumber) {
        return wholeNumbers() ? idNumber : PersonalData.maskIdNumber(idNumber);
    }

    private static boolean wholeNumbers() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object viewer = attributes == null ? null
                : attributes.getAttribute(Viewer.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return viewer instanceof Viewer v && v.orgAdmin();
    }
}

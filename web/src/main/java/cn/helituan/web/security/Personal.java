package cn.helituan.web.security;

import cn.helituan.domain.common.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * For the templates' lists ({@code @personal.mobile(m.mobile())}): a mobile number whole for the org admin, starred
 * for everyone else ({@link PersonalData}); read from the request's {@link Viewer}.
 */
@Component("personal")
public class Personal {

    public String mobile(String mobile) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object viewer = attributes == null ? null
                : attributes.getAttribute(Viewer.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return viewer instanceof Viewer v && v.orgAdmin() ? mobile : PersonalData.maskMobile(mobile);
    }
}

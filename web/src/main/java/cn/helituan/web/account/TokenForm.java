package cn.helituan.web.account;

import lombok.Getter;
import lombok.Setter;

/** The name of a data API token to issue (what it is for); the service refuses it blank or over 100 characters. */
@Getter
@Setter
public class TokenForm {

    private String name;
}

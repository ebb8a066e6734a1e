package cn.helituan.web.account;

import lombok.Getter;
import lombok.Setter;

/**
 * The name of a data API token to issue (what it is for); the service refuses it blank or over 100 characters. Kept in
 * the flash map after a refusal, so in the session: serializable (sessions live in the database).
 */
@Getter
@Setter
public class TokenForm implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private String name;
}

package cn.helituan.web.account;

/** The name of a data API token to issue (what it is for); the service refuses it blank or over 100 characters. */
public class TokenForm {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

package cn.helituan.web.assisted;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ChainForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package cn.helituan.web.imports;

import cn.helituan.domain.imports.ImportKind;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the file, and what it holds when the user says so (empty: recognised by its sheets). */
@Getter
@Setter
public class UploadForm {

    private MultipartFile file;
    private ImportKind kind;
}

package cn.helituan.web.imports;

import cn.helituan.domain.imports.ImportKind;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the file, and what it holds when the user says so (empty: recognised by its sheets). */
public class UploadForm {

    private MultipartFile file;
    private ImportKind kind;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }
}

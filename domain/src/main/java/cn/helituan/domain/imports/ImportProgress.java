package cn.helituan.domain.imports;

/** Told how far a pass got: rows read of the file's estimated rows (0: not known). Called for every row read. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (read, total) -> {
    };

    void rows(long read, long total);
}

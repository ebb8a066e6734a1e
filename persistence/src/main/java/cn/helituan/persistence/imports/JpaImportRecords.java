package cn.helituan.persistence.imports;

import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.imports.ImportRecords;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaImportRecords extends JpaRepository<ImportRecord, Long>, ImportRecords, JpaImportStore {
}

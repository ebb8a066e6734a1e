package cn.helituan.persistence.casebook;

import cn.helituan.domain.casebook.CaseFigure;
import cn.helituan.domain.casebook.CaseFigures;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaCaseFigures extends JpaRepository<CaseFigure, Long>, CaseFigures, JpaCaseFigureValues {
}

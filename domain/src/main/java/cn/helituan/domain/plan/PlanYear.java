package cn.helituan.domain.plan;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A year's deadline for the plans, when the organization department set one (else 31 March). */
@Entity
@Table(name = "plan_year")
public class PlanYear extends AuditedEntity implements Labeled {

    private int year;
    private LocalDate dueOn;

    protected PlanYear() {
    }

    PlanYear(int year, LocalDate dueOn) {
        this.year = year;
        this.dueOn = dueOn;
    }

    void due(LocalDate day) {
        this.dueOn = day;
    }

    /** The usual deadline: 31 March of the year. */
    public static LocalDate usual(int year) {
        return LocalDate.of(year, 3, 31);
    }

    @Override
    public String label() {
        return String.valueOf(year);
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}

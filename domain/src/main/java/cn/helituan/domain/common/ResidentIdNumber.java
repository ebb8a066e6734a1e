package cn.helituan.domain.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A form field that is blank or a resident ID number ({@link IdNumbers#valid}, after {@link IdNumbers#normalize}),
 * so that a wrong number is reported with the form's other mistakes; its message is
 * {@code ResidentIdNumber.<form>.<field>}. The service checks it again against the deployment's today.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Constraint(validatedBy = ResidentIdNumber.Check.class)
public @interface ResidentIdNumber {

    String message() default "{cn.helituan.ResidentIdNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<ResidentIdNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String number = IdNumbers.normalize(value);
            // a day ahead of every zone's today: the service decides a birthday of today against the deployment's
            return number == null || IdNumbers.valid(number, LocalDate.now().plusDays(1));
        }
    }
}

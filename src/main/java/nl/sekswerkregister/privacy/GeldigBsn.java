package nl.sekswerkregister.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A BSN: nine digits that pass the elfproef (see {@link Identificatie#isGeldigBsn}). A typo at the
 * desk is refused rather than creating a new "person". Null is valid; problem code {@code elfproef}.
 * The message never repeats the value.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GeldigBsn.Validator.class)
public @interface GeldigBsn {

    String message() default "Geen geldig BSN: 9 cijfers die de elfproef doorstaan.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigBsn, String> {
        @Override
        public boolean isValid(String bsn, ConstraintValidatorContext context) {
            return bsn == null || Identificatie.isGeldigBsn(bsn);
        }
    }
}

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
 * Free text that will be kept for good (a decision's motivation, a licence condition) may not hold
 * a BSN or an identity-document number (see {@link Persoonsnummers}). The message never repeats the
 * value. Null is valid: other constraints say whether the field is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GeenPersoonsnummer.Validator.class)
public @interface GeenPersoonsnummer {

    String BERICHT = "Bevat een nummer dat een BSN of documentnummer kan zijn. Persoonsgegevens horen niet in "
            + "vrije tekst die bewaard blijft; laat het nummer weg of beschrijf het anders.";

    String message() default BERICHT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeenPersoonsnummer, String> {
        @Override
        public boolean isValid(String tekst, ConstraintValidatorContext context) {
            return !Persoonsnummers.bevatPersoonsnummer(tekst);
        }
    }
}

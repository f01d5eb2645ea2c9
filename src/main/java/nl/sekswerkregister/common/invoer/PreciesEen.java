package nl.sekswerkregister.common.invoer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * Exactly one of the named fields of a request record is given ("a BSN or a document", "a new
 * manager or one already on the licence"). A form rule, so it is checked with the other field rules
 * before the request reaches a service; problem code {@code een-van}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PreciesEen.Validator.class)
public @interface PreciesEen {

    String[] value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PreciesEen, Record> {

        private Set<String> velden;

        @Override
        public void initialize(PreciesEen annotatie) {
            velden = Set.of(annotatie.value());
        }

        @Override
        public boolean isValid(Record verzoek, ConstraintValidatorContext context) {
            if (verzoek == null) {
                return true;
            }
            int gegeven = 0;
            for (RecordComponent component : verzoek.getClass().getRecordComponents()) {
                if (velden.contains(component.getName()) && waarde(component, verzoek) != null) {
                    gegeven++;
                }
            }
            return gegeven == 1;
        }

        private static Object waarde(RecordComponent component, Record verzoek) {
            try {
                return component.getAccessor().invoke(verzoek);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Onleesbaar veld " + component.getName(), e);
            }
        }
    }
}

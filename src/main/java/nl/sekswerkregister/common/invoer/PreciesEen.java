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
import java.util.List;

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

    /**
     * Report the violation at each named field rather than at the record: for a request body itself,
     * whose record has no name of its own, the client then reads which fields are meant.
     */
    boolean perVeld() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PreciesEen, Record> {

        private List<String> velden;
        private boolean perVeld;

        @Override
        public void initialize(PreciesEen annotatie) {
            velden = List.of(annotatie.value());
            perVeld = annotatie.perVeld();
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
            if (gegeven == 1) {
                return true;
            }
            if (perVeld) {
                context.disableDefaultConstraintViolation();
                for (String veld : velden) {
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(veld).addConstraintViolation();
                }
            }
            return false;
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

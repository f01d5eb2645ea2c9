package nl.sekswerkregister.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the entity parameter of an operation whose body may exceed the API's JSON limit
 * ({@link ApiConfig#maxBodyBytes()}) and which limits it itself while streaming: the documents of a
 * licence's file ({@link GroteBodyPaden}). {@link BodyLimiet} leaves such a body alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GroteBody {
}

package nl.sekswerkregister.support;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The routes the application's JAX-RS resources implement, read from their annotations. */
public final class Resources {

    private Resources() {
    }

    /** A resource of a web page (package {@code pagina}, HTML), not of the API. */
    public static boolean isPagina(Method methode) {
        return methode.getDeclaringClass().getPackageName().startsWith("nl.sekswerkregister.pagina");
    }

    /** "METHOD /api/v1/..." for every resource method that passes {@code welke}. */
    public static Set<String> routes(Predicate<Method> welke) {
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.sekswerkregister").stream()
                .filter(c -> c.isAnnotatedWith(Path.class)).map(c -> c.reflect()).toList()) {
            String basis = resource.getAnnotation(Path.class).value();
            for (Method methode : resource.getDeclaredMethods()) {
                for (var annotatie : methode.getAnnotations()) {
                    HttpMethod http = annotatie.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null && welke.test(methode)) {
                        Path sub = methode.getAnnotation(Path.class);
                        routes.add(http.value() + " " + basis + (sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return routes;
    }
}

package nl.sekswerkregister.common.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the matched operation does not declare is refused with 400 (code {@code onbekend}),
 * never silently ignored: a typo such as {@code regiosort=RIEC} would otherwise answer with the default
 * region kind, and the client would take a national answer for the one it asked. One filter for every
 * operation, reading the {@code @QueryParam}s of the resource method the request matched, so the list
 * cannot drift from the code that reads them.
 *
 * <p>Runs after matching (it needs the method) and so after the security check of that method: an
 * anonymous request is still told 401 and a wrong role 403 before anything about its parameters.
 * The contract ({@code /api/v1/openapi.json}) and {@code /q/*} are no JAX-RS resources and never get here.
 */
public class OnbekendeQueryParameters {

    private final Map<Method, Set<String>> bekend = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void controleer(ContainerRequestContext verzoek, ResourceInfo resource) {
        Method methode = resource.getResourceMethod();
        if (methode == null) {
            return;
        }
        Set<String> gedeclareerd = bekend.computeIfAbsent(methode, OnbekendeQueryParameters::queryParameters);
        List<OngeldigeParameter> onbekend = verzoek.getUriInfo().getQueryParameters().keySet().stream().sorted()
                .filter(sleutel -> !gedeclareerd.contains(sleutel))
                .map(sleutel -> new OngeldigeParameter(OngeldigeParameter.noembaar(sleutel, "query"), "onbekend",
                        "Deze operatie kent deze query-parameter niet; zie het contract (/api/v1/openapi.json)."))
                .distinct().toList();
        if (!onbekend.isEmpty()) {
            throw ProbleemException.ongeldig(onbekend);
        }
    }

    static Set<String> queryParameters(Method methode) {
        Set<String> namen = new HashSet<>();
        for (Parameter parameter : methode.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                namen.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field veld : parameter.getType().getDeclaredFields()) {
                    QueryParam inBean = veld.getAnnotation(QueryParam.class);
                    if (inBean != null) {
                        namen.add(inBean.value());
                    }
                }
            }
        }
        return Set.copyOf(namen);
    }
}

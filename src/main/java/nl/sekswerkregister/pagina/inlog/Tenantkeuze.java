package nl.sekswerkregister.pagina.inlog;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which OIDC tenant may authenticate a request: on every path outside the pages' login tenant
 * ({@code quarkus.oidc.pagina.tenant-paths}), the default tenant, which is off. Without this, Quarkus OIDC falls back
 * to the tenant a session cookie names ({@code q_session_pagina}) on any path, and a browser logged in to the pages
 * was let into the API with its cookie alone. The API answers bearer tokens only: a cookie the browser sends by
 * itself must not be a credential there (CSRF).
 */
@ApplicationScoped
public class Tenantkeuze implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        // null: the pages' paths go on to the configured tenant-paths, which name the 'pagina' tenant.
        return isPaginaInlogpad(context.normalizedPath()) ? null : OidcUtils.DEFAULT_TENANT_ID;
    }

    /** The paths of {@code quarkus.oidc.pagina.tenant-paths}: each page and, for the menu's pages, what lies below. */
    static boolean isPaginaInlogpad(String pad) {
        if (pad == null) {
            return false;
        }
        return switch (pad) {
            case "/", "/inloggen", "/uitloggen", "/uitgelogd" -> true;
            default -> java.util.stream.Stream.of("/lappendeken", "/deurcontrole", "/balie")
                    .anyMatch(p -> pad.equals(p) || pad.startsWith(p + "/"));
        };
    }
}

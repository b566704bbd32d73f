// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.PublicEndpoints;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How the API authenticates, in the OpenAPI description: HTTP Basic ({@code basicAuth}) or a personal API token
 * ({@code bearerAuth}), either one, on every operation except those a module opened to anonymous callers through
 * its {@link PublicEndpoints}, which are documented without a requirement.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    OpenApiCustomizer apiSecuritySchemes(List<PublicEndpoints> publicEndpoints) {
        List<String> open = publicEndpoints.stream().flatMap(endpoints -> endpoints.entries().stream()).toList();
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("Nama pengguna dan kata sandi akun Netra."))
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("netra_…")
                            .description("Token API pribadi (Authorization: Bearer netra_…), dibuat di halaman "
                                    + "Akun saya atau lewat POST /api/v1/me/tokens. Membawa peran dan cakupan "
                                    + "pemiliknya; jauh lebih ringan daripada HTTP Basic untuk klien yang sering "
                                    + "memanggil API."));
            List<SecurityRequirement> either = List.of(new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(BEARER));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operation.setSecurity(isPublic(open, method, path) ? List.of() : either)));
        };
    }

    /** Whether an entry such as {@code GET /api/v1/public/**} or {@code /lapor/**} covers the documented path. */
    static boolean isPublic(List<String> entries, PathItem.HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (String entry : entries) {
            String[] parts = entry.trim().split("\\s+");
            String pattern = parts[parts.length - 1];
            boolean methodMatches = parts.length == 1
                    || parts[0].toUpperCase(Locale.ROOT).equals(method.name());
            if (methodMatches && PathPatternParser.defaultInstance.parse(pattern).matches(container)) {
                return true;
            }
        }
        return false;
    }
}

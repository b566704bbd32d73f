// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, summary and version, and one tag per module for the operations whose controller
 * names none (springdoc would otherwise tag them with the class name, such as "case-api-controller").
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** Path prefix → module tag, longest prefixes first so that /api/v1/admin/audit wins over /api/v1/admin. */
    private static final Map<String, String> MODULE_TAGS = new LinkedHashMap<>();

    static {
        MODULE_TAGS.put("/api/v1/admin/audit", "Audit");
        MODULE_TAGS.put("/api/v1/admin/users", "Identitas: akun pengguna");
        MODULE_TAGS.put("/api/v1/admin/deadline", "Perkara");
        MODULE_TAGS.put("/api/v1/me", "Identitas");
        MODULE_TAGS.put("/api/v1/cases", "Perkara");
        MODULE_TAGS.put("/api/v1/compliance", "Perkara: kepatuhan PPK");
        MODULE_TAGS.put("/api/v1/reports", "Laporan masyarakat");
        MODULE_TAGS.put("/api/v1/findings", "Laporan: temuan Bawaslu");
        MODULE_TAGS.put("/api/v1/imports", "Laporan: impor");
        MODULE_TAGS.put("/api/v1/surveys", "Survei ASN");
        MODULE_TAGS.put("/api/v1/analytics", "Analitik");
        MODULE_TAGS.put("/api/v1/public", "Publik");
    }

    @Bean
    OpenAPI netraOpenApi(@Value("${netra.api.version:0.1.0}") String version) {
        return new OpenAPI().info(new Info()
                .title("Netra API")
                .version(version)
                .description("""
                        Pemantauan dan penegakan netralitas ASN dalam Pemilu dan Pilkada: laporan masyarakat dan \
                        temuan Bawaslu, penanganan perkara sampai keputusan PPK, data referensi, survei dan audit. \
                        Galat dijawab sebagai application/problem+json (RFC 9457) dengan pesan berbahasa Indonesia. \
                        Autentikasi HTTP Basic atau token API pribadi (Authorization: Bearer, \
                        dibuat di /api/v1/me/tokens); cakupan data mengikuti peran, instansi dan wilayah pengguna.""")
                .license(new License().name("AGPL-3.0-or-later")));
    }

    @Bean
    OpenApiCustomizer moduleTags() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> tag(path, operation)));
        };
    }

    private static void tag(String path, Operation operation) {
        List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
        boolean named = tags.stream().anyMatch(tag -> !tag.endsWith("-controller"));
        if (named) {
            return;
        }
        MODULE_TAGS.entrySet().stream().filter(entry -> path.startsWith(entry.getKey())).findFirst()
                .ifPresent(entry -> operation.setTags(new ArrayList<>(List.of(entry.getValue()))));
    }
}

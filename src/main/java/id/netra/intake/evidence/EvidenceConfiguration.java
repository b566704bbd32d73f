// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import id.netra.intake.config.IntakeProperties;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    FileSystemEvidenceStore evidenceStore(IntakeProperties properties) {
        return new FileSystemEvidenceStore(properties.evidenceDir());
    }

    @Bean
    EvidenceInspector evidenceInspector(FileSystemEvidenceStore store, IntakeProperties properties)
            throws IOException {
        return new EvidenceInspector(store.incomingDirectory(), properties.maxEvidenceSize().toBytes(),
                properties.maxImagePixels());
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic Pilkada 2020 dataset ({@link SyntheticPilkadaCases}) into the demo, through the case importer,
 * after start: the import job runs in the background, so the application is up at once and the dashboard fills
 * within seconds. A restart finds the dataset complete and imports nothing (and the import is idempotent anyway).
 * Only with {@code netra.demo.enabled=true}; {@code netra.demo.synthetic-cases=0} leaves it out.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class SyntheticPilkadaLoader {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPilkadaLoader.class);

    private final CaseImports imports;
    private final JdbcClient jdbc;
    private final int size;

    SyntheticPilkadaLoader(CaseImports imports, JdbcClient jdbc,
            @Value("${netra.demo.synthetic-cases:3000}") int size) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.size = size;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        int present = jdbc.sql("select count(*) from cases.case_file where import_source = :source")
                .param("source", SyntheticPilkadaCases.SOURCE).query(Integer.class).single();
        if (size <= 0 || present >= size) {
            return;
        }
        var job = imports.startSynthetic(SyntheticPilkadaCases.SOURCE, SyntheticPilkadaCases.FILE_NAME,
                SyntheticPilkadaCases.write(size));
        log.info("Loading {} synthetic Pilkada 2020 cases in the background (import job {})", size - present, job);
    }
}

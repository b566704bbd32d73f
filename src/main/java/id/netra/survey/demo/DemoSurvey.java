// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.demo;

import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.survey.analysis.EstimateRequest;
import id.netra.survey.instrument.SurveyStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic demo survey on first start, in the background so start-up does not wait (one batched insert of
 * about 10,000 rows). Only with {@code netra.demo.enabled=true}; a restart adds nothing.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class DemoSurvey {

    private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);

    private final SurveyStore store;
    private final RegionDirectory regions;
    private final TaskExecutor executor;

    DemoSurvey(SurveyStore store, RegionDirectory regions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.store = store;
        this.regions = regions;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        executor.execute(this::loadNow);
    }

    synchronized void loadNow() {
        try {
            if (store.findByTitle(DemoSurveyGenerator.TITLE).isPresent()) {
                return;
            }
            List<String> codes = regions.byLevel(RegionLevel.REGENCY).stream().map(Region::code).toList();
            long id = store.create(DemoSurveyGenerator.instrument(), "sistem", true);
            store.setDesign(id, new EstimateRequest.Design("bobot", "provinsi", "daerah", null, true, "adjust"));
            int added = store.addRespondents(id, DemoSurveyGenerator.respondents(codes));
            log.info("Demo survey loaded: {} synthetic respondents", added);
        } catch (RuntimeException e) {
            log.warn("Demo survey not loaded: {}", e.getMessage());
        }
    }
}

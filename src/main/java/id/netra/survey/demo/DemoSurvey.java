// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.demo;

import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.survey.analysis.EstimateRequest;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.SurveyStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the synthetic demo survey on first start, in the background so start-up does not wait (one batched insert of
 * about 10,000 rows). Only with {@code netra.demo.enabled=true}; a restart adds nothing.
 *
 * <p>The survey, its design and its respondents are written in one transaction: a crash half-way leaves no survey
 * behind, so the next start (which looks for the title) loads it whole instead of skipping a half-loaded one.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class DemoSurvey {

    private static final Logger log = LoggerFactory.getLogger(DemoSurvey.class);

    private final SurveyStore store;
    private final RegionDirectory regions;
    private final TaskExecutor executor;

    private final TransactionTemplate transactions;

    DemoSurvey(SurveyStore store, RegionDirectory regions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.regions = regions;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        executor.execute(this::loadNow);
    }

    void loadNow() {
        loadOnce(DemoSurveyGenerator.instrument(), DemoSurveyGenerator::respondents);
    }

    /**
     * @param respondents the respondents for the regency codes; called after the survey row is written, so a
     *                    failure there is the crash between the two writes that the transaction undoes
     */
    synchronized void loadOnce(Instrument instrument, Function<List<String>, List<Map<String, Object>>> respondents) {
        try {
            Integer added = transactions.execute(status -> {
                if (store.findByTitle(instrument.title()).isPresent()) {
                    return null;
                }
                List<String> codes = regions.byLevel(RegionLevel.REGENCY).stream().map(Region::code).toList();
                long id = store.create(instrument, "sistem", true);
                store.setDesign(id, new EstimateRequest.Design("bobot", "provinsi", "daerah", null, true, "adjust"));
                return store.addRespondents(id, respondents.apply(codes));
            });
            if (added != null) {
                log.info("Demo survey loaded: {} synthetic respondents", added);
            }
        } catch (RuntimeException e) {
            log.warn("Demo survey not loaded: {}", e.getMessage());
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.policy.ActionRolePolicy;
import id.netra.cases.domain.policy.AppealPolicy;
import id.netra.cases.domain.policy.CaseActionGuard;
import id.netra.cases.domain.policy.CaseScopePolicy;
import id.netra.cases.domain.policy.ExaminingAuthorityPolicy;
import id.netra.cases.domain.policy.RoutePolicy;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain policy classes as beans, so services share one instance and tests can read the same rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
class CasePolicyConfiguration {

    @Bean
    CaseScopePolicy caseScopePolicy() {
        return new CaseScopePolicy();
    }

    @Bean
    ActionRolePolicy actionRolePolicy() {
        return new ActionRolePolicy();
    }

    @Bean
    CaseActionGuard caseActionGuard(ActionRolePolicy roles, CaseScopePolicy scopes) {
        return new CaseActionGuard(roles, scopes);
    }

    @Bean
    SanctionConsistencyPolicy sanctionConsistencyPolicy() {
        return new SanctionConsistencyPolicy();
    }

    @Bean
    AppealPolicy appealPolicy() {
        return new AppealPolicy();
    }

    @Bean
    ExaminingAuthorityPolicy examiningAuthorityPolicy(CasesProperties properties) {
        return new ExaminingAuthorityPolicy(properties.kasnHandoverDate());
    }

    @Bean
    RoutePolicy routePolicy(ExaminingAuthorityPolicy examiners) {
        return new RoutePolicy(examiners);
    }
}

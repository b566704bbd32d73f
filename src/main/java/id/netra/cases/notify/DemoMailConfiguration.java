// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the embedded demo run (netra.mail.sink.enabled, on by default, off in the prod profile) and while no SMTP host
 * is configured, mail goes to the in-process {@link DemoMailSink}. Setting NETRA_SMTP_HOST to a real server turns
 * the sink off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${netra.mail.sink.enabled:false} and '${spring.mail.host:localhost}' == 'localhost'")
class DemoMailConfiguration {

    @Bean(destroyMethod = "stop")
    DemoMailSink demoMailSink() {
        return new DemoMailSink();
    }

    @Bean
    JavaMailSender demoMailSender(DemoMailSink sink) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(sink.host());
        sender.setPort(sink.port());
        return sender;
    }
}

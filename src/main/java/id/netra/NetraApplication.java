// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import id.netra.shared.runtime.OutOfMemoryHalt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Netra: one deployable application, split into Spring Modulith modules (one top-level package each). */
@SpringBootApplication
@EnableScheduling
public class NetraApplication {

    public static void main(String[] args) {
        // safety net for a JVM started without -XX:+ExitOnOutOfMemoryError (README, "Reliability")
        OutOfMemoryHalt.install();
        SpringApplication.run(NetraApplication.class, args);
    }
}

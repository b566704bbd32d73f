// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link OutOfMemoryHaltTests}: a non-daemon thread keeps the JVM alive (as Tomcat's do), and
 * another thread allocates until it dies of a real OutOfMemoryError. With "install" the handler is in place.
 */
public final class OutOfMemoryMain {

    private OutOfMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("install")) {
            OutOfMemoryHalt.install();
        }
        Thread keeper = new Thread(() -> {
            try {
                Thread.sleep(300_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "keeper");
        keeper.start();
        Thread hog = new Thread(() -> {
            List<long[]> held = new ArrayList<>();
            while (true) {
                held.add(new long[1 << 20]);
            }
        }, "hog");
        hog.start();
        hog.join();
        System.out.println("STILL ALIVE after the hog died");
        System.out.flush();
    }
}

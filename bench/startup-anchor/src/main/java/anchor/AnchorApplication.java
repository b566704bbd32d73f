// SPDX-License-Identifier: AGPL-3.0-or-later
package anchor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.File;
import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One entity, one repository, one controller, one migration, on an embedded PostgreSQL kept under the data
 * directory given as {@code anchor.data-dir} (so a restart finds its data, as Netra's does).
 */
@SpringBootApplication
@org.springframework.data.jpa.repository.config.EnableJpaRepositories(considerNestedRepositories = true)
public class AnchorApplication {

    public static void main(String[] args) throws IOException {
        File dataDir = new File(System.getProperty("anchor.data-dir", "anchor-data"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .start();
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // the process is ending anyway
            }
        }));
        SpringApplication.run(AnchorApplication.class, args);
    }

    @Entity
    @Table(name = "note")
    public static class Note {
        @Id
        @GeneratedValue(generator = "note_seq")
        @jakarta.persistence.SequenceGenerator(name = "note_seq", sequenceName = "note_seq", allocationSize = 50)
        Long id;
        String text;
    }

    public interface Notes extends JpaRepository<Note, Long> {
    }

    @RestController
    static class NotesController {
        private final Notes notes;

        NotesController(Notes notes) {
            this.notes = notes;
        }

        @GetMapping("/notes")
        long count() {
            return notes.count();
        }
    }
}

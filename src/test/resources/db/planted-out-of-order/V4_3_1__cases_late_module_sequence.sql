-- Planted by MigrationOrderTests: a migration in the old per-module numbering, written after the release that
-- shipped 4.4. It sorts below the newest released migration, so the order check must
-- refuse it and Flyway must refuse to apply it to a database of the previous release.
create table if not exists cases.planted_out_of_order (id int);

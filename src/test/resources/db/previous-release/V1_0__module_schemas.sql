-- Each module owns its tables inside a schema named after it; no module writes another's schema.
create schema if not exists reference;
create schema if not exists identity;
create schema if not exists audit;
create schema if not exists intake;
create schema if not exists cases;

-- trigram similarity for near-duplicate report text (intake)
create extension if not exists pg_trgm;

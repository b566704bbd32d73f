create schema if not exists analytics;

-- Province boundaries uploaded by an administrator to replace the file shipped with Netra. Every upload is kept; the
-- newest one is in use. The stored GeoJSON is the normalised form (Netra's province code and name per feature).
create table analytics.boundary_file (
    id           bigserial primary key,
    file_name    text        not null,
    sha256       text        not null,
    attribution  text        not null,   -- the credit shown on every map drawn from it
    geojson      text        not null,
    features     integer     not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);

-- Staff accounts. A user may be limited to one agency and/or one region (a province code covers its regencies).
-- Agency and region codes refer to the reference module's data by value only: modules do not join across schemas.
create table identity.user_account (
    id             uuid         primary key,
    username       varchar(64)  not null check (username = lower(username) and username ~ '^[a-z0-9][a-z0-9._-]*$'),
    display_name   varchar(200) not null,
    email          varchar(320) not null,
    password_hash  varchar(200) not null,
    agency_code    varchar(40),
    region_code    varchar(20),
    enabled        boolean      not null default true,
    -- true for the demo accounts, so synthetic people can never be mistaken for real officials
    synthetic      boolean      not null default false,
    created_at     timestamptz  not null,
    created_by     varchar(64)  not null,
    updated_at     timestamptz,
    updated_by     varchar(64),
    deleted_at     timestamptz,
    deleted_by     varchar(64),
    version        bigint       not null default 0
);

-- a removed account frees its username; live usernames stay unique
create unique index user_account_username_live on identity.user_account (username) where deleted_at is null;

create table identity.user_account_role (
    user_id uuid        not null references identity.user_account (id),
    role    varchar(32) not null check (role in ('BAWASLU_OFFICER', 'SATGAS_VERIFIER', 'BKN_OFFICER', 'PPK_OFFICER',
                                                  'SUPERVISOR', 'ANALYST', 'ADMIN')),
    primary key (user_id, role)
);

create index user_account_role_by_role on identity.user_account_role (role);

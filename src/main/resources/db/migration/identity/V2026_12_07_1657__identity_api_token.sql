-- Personal API tokens: an account's own credential for scripts and other systems, sent as
-- "Authorization: Bearer <token>" on /api/v1/**. The secret itself is never stored, only its SHA-256 hash.
-- A fast hash is right here, unlike for passwords: the secret is 256 bits from SecureRandom, so there is no
-- dictionary to try and a slow hash (bcrypt) would only cost every API request its CPU without making a guess any
-- less hopeless.
create table identity.api_token (
    id            uuid         primary key,
    user_id       uuid         not null references identity.user_account (id),
    name          varchar(100) not null,
    -- hex SHA-256 of the whole token string; the one column the per-request lookup reads by
    secret_hash   char(64)     not null,
    -- the token's first characters (netra_ and 8 more), not secret: lets the owner recognise a token in lists
    prefix        varchar(20)  not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null check (expires_at > created_at),
    -- written at most about once a minute per token, not on every request
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(64)
);

create unique index api_token_secret_hash on identity.api_token (secret_hash);
create index api_token_by_user on identity.api_token (user_id, created_at desc);

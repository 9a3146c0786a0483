#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised: Keycloak gets its own role and database.
set -eu
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD doit être défini (mot de passe de la base de Keycloak)}"
psql -v ON_ERROR_STOP=1 -v keycloak_password="$KEYCLOAK_DB_PASSWORD" \
  --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL

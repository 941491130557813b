#!/usr/bin/env bash
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d): one role and one database per
# service, and one for Keycloak, each role owning only its database. The passwords come from the environment
# (deploy/.env), never from this file.
set -euo pipefail

create_database() {
  local name=$1 password=$2
  [[ -n $password ]] || { echo "no password for $name: set it in deploy/.env" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database fakebook_auth "${FAKEBOOK_AUTH_DB_PASSWORD:-}"
create_database fakebook_profile "${FAKEBOOK_PROFILE_DB_PASSWORD:-}"
create_database fakebook_friend "${FAKEBOOK_FRIEND_DB_PASSWORD:-}"
create_database fakebook_messaging "${FAKEBOOK_MESSAGING_DB_PASSWORD:-}"
create_database fakebook_notification "${FAKEBOOK_NOTIFICATION_DB_PASSWORD:-}"
create_database fakebook_keycloak "${FAKEBOOK_KEYCLOAK_DB_PASSWORD:-}"

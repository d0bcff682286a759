#!/bin/sh
# Runs once against the compose PostgreSQL: the same roles.sql and schemas.sql that the start
# command and the tests apply, then each role's password from the environment.
set -eu
export PGPASSWORD="$POSTGRES_PASSWORD"
psql_() { psql -v ON_ERROR_STOP=1 -h postgres -U postgres -d postcare "$@"; }
psql_ -f /sql/roles.sql
psql_ -f /sql/schemas.sql
# Each service's role, and the read-only role of the liaison public record (LIAISON_PUBLIC_DB_PASSWORD).
for s in gateway directory feedback survey membership liaison liaison_public; do
  var=$(echo "${s}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')
  eval "pw=\${$var}"
  psql_ -c "ALTER ROLE postcare_${s} PASSWORD '${pw}'"
done
echo "bootstrap done"

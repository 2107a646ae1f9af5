#!/usr/bin/env bash
# Benchmark: the account list and account page at 100,000 accounts.
#
# Run the app first (./mvnw spring-boot:run), then:
#   bench/account-list.sh <postgres port> [base url]
# The embedded database's port is in the log line "Embedded PostgreSQL on port N". The script adds
# 100,000 accounts named "Bench Account N" (once) and prints the median of 40 requests per page.
# Needs psql and curl. Remove the bench rows with: delete from account where crm_id like 'BENCH-%';
set -euo pipefail
PORT=${1:?postgres port}
BASE=${2:-http://localhost:8080}
PSQL="psql -q -h localhost -p $PORT -U postgres -d postgres"

if [ "$($PSQL -Atc "select count(*) from account where crm_id like 'BENCH-%'")" = "0" ]; then
  $PSQL <<'SQL'
insert into account (id, crm_id, name, segment, region, public_sector, deployment_type, product_tier, seats, arr,
  original_contract_date, onboarding_pilot, tam_id, lifecycle_stage, total_account_value, gemstone, gemstone_reason,
  created_at, updated_at, version)
select gen_random_uuid(), 'BENCH-' || g, 'Bench Account ' || g,
  (array['ENTERPRISE','MID_MARKET','SMB'])[1 + g % 3], (array['AMER','EMEA','APAC'])[1 + g % 3], false,
  'SAAS', (array['FREE','PREMIUM','ULTIMATE'])[1 + g % 3], g % 7000, (g % 7000) * 50,
  date '2026-01-01' + (g % 300), false,
  (select id from app_user where username = (array['tam.alex','tam.bea','tam.chen','tam.dana','tam.eli'])[1 + g % 5]),
  (array['PROSPECT','ONBOARDING','ADOPTION'])[1 + g % 3], g % 600000,
  (array['DIAMOND','PEARL','SAPPHIRE','RUBY','QUARTZ'])[1 + g % 5], 'benchmark row', now(), now(), 0
from generate_series(1, 100000) g;
analyze account;
SQL
fi
echo "accounts: $($PSQL -Atc 'select count(*) from account')"

JAR=$(mktemp)
CSRF=$(curl -s -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=tam.alex&password=facet-demo-password&_csrf=$CSRF" "$BASE/login"
TAM=$($PSQL -Atc "select id from app_user where username = 'tam.alex'")
ACCOUNT=$($PSQL -Atc "select id from account where crm_id = 'BENCH-4242'")

for path in "/accounts" "/accounts?sort=TAV&dir=DESC" "/accounts?q=account+9999" \
    "/accounts?gemstone=RUBY&segment=SMB&tam=$TAM&sort=SEATS&dir=DESC" "/accounts?page=100" "/accounts?page=4000" \
    "/accounts/$ACCOUNT" "/accounts/$ACCOUNT/gemstone"; do
  for i in $(seq 1 40); do curl -s -o /dev/null -b "$JAR" -w "%{time_total}\n" "$BASE$path"; done \
    | sort -n | sed -n 20p | awk -v p="$path" '{printf "%7.1f ms  %s\n", $1 * 1000, p}'
done
rm -f "$JAR"

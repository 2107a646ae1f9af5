#!/usr/bin/env bash
# Benchmark: what each home page and dashboard costs on the demo data.
#
# Run the app with the request-cost headers on, then call this script:
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments=--facet.diagnostics.request-cost=true
#   bench/dashboards.sh [base url]
# For every page it prints the SQL statements the request ran (X-Facet-Statements) and the median
# server time of 20 requests (Server-Timing). The statement count comes from Hibernate's global
# statistics, so nothing else may use the app while this runs. Needs curl.
set -euo pipefail
BASE=${1:-http://localhost:8080}
PASSWORD=facet-demo-password

login() {
  local jar=$1 user=$2 csrf
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$PASSWORD&_csrf=$csrf" "$BASE/login"
}

measure() {
  local jar=$1 path=$2 statements times
  statements=$(curl -s -o /dev/null -D - -b "$jar" "$BASE$path" | tr -d '\r' \
    | sed -n 's/^[Xx]-[Ff]acet-[Ss]tatements: //p')
  times=$(for _ in $(seq 1 20); do
    curl -s -o /dev/null -D - -b "$jar" "$BASE$path" | tr -d '\r' | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=//p'
  done | sort -n | sed -n 10p)
  printf "%4s statements %8s ms  %s\n" "${statements:-?}" "${times:-?}" "$path"
}

while read -r user path; do
  [ -z "$user" ] && continue
  jar=$(mktemp)
  login "$jar" "$user"
  measure "$jar" "$path"
  rm -f "$jar"
done <<PAGES
tam.alex /dashboard
tam.alex /onboarding
tam.alex /onboarding?segment=ENTERPRISE&region=AMER
tam.alex /dashboard/onboardings.csv
tam.alex /ctas
tam.alex /onboarding/accounts?metric=TIME_TO_ENGAGE&state=OVERDUE
tam.alex /onboarding/burn-down.csv?list=NOT_ENGAGED
tam.alex /onboarding/cohorts.csv
manager.amer /manager
manager.amer /manager?all=true&everyone=true
manager.amer /onboarding
admin /admin
admin /admin/outbox
admin /admin/email-templates
tam.finn /team/my-plan
tam.finn /team/shadowing
tam.alex /team/buddy
manager.amer /team/plans
PAGES

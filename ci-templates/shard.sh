#!/usr/bin/env bash
# One shard of the journey suite, or the merge of several shards' Allure results into one report.
# CI runs exactly these commands (ci-templates/*.yml), so a shard is reproduced locally with the same line.
#   ci-templates/shard.sh run LANGUAGE SECTION [maven args...]
#       LANGUAGE: en, ru, tr, zh-CN or all; SECTION: a folder under features/<lang>/ (01-alipay-account,
#       or just 01) or all. Runs both channels on those features, without the unit and container tests,
#       and leaves the results in shards/<language>-<section>/ (allure-results, requirements-site, cucumber).
#   ci-templates/shard.sh merge SHARD_DIR...
#       Merges the shards' allure-results into reports/allure-results and writes reports/allure-report.
set -euo pipefail
cd "$(dirname "$0")/.."

features() { # language section → comma-separated feature folders
  local language=$1 section=$2 found=()
  [ "$language" = all ] && language='*'
  [ "$section" = all ] && section=''
  for folder in features/$language/$section*/; do
    [ -d "$folder" ] && found+=("${folder%/}")
  done
  [ "${#found[@]}" -gt 0 ] || { echo "No feature folder matches features/$1/$2" >&2; exit 2; }
  local IFS=,
  echo "${found[*]}"
}

run_shard() {
  local language=$1 section=$2; shift 2
  local out="shards/$language-$section" status=0
  rm -rf reports/allure-results "$out"
  ./mvnw -B verify -Dunit.tests.skip=true -Dcontainers.skip=true \
    -Dcucumber.features="$(features "$language" "$section")" "$@" || status=$?
  # The results leave even when scenarios failed: the merged report must show the failures.
  mkdir -p "$out"
  cp -r reports/allure-results "$out/allure-results" 2>/dev/null || mkdir -p "$out/allure-results"
  cp -r target/requirements-site "$out/requirements-site" 2>/dev/null || true
  cp -r reports/cucumber "$out/cucumber" 2>/dev/null || true
  echo "Shard $language/$section: results in $out (build exit $status)"
  return "$status"
}

merge() {
  [ "$#" -gt 0 ] || { echo "merge needs the shards' folders" >&2; exit 2; }
  rm -rf reports/allure-results target/requirements-site
  mkdir -p reports/allure-results target/requirements-site
  local shard results=0
  for shard in "$@"; do
    # Result and attachment files are named by UUID, so shards never overwrite each other.
    cp -r "$shard"/allure-results/. reports/allure-results/
    results=$((results + $(find "$shard/allure-results" -name '*-result.json' | wc -l)))
    [ -d "$shard/requirements-site" ] && cp -r "$shard"/requirements-site/. target/requirements-site/
  done
  # As `verify` does: the last history in, the report, the pages beside it, the new history out.
  ./mvnw -B -q test-compile resources:copy-resources@report-history-in exec:java@report-documents-page \
    allure:report@living-documentation resources:copy-resources@requirement-catalogue-pages \
    resources:copy-resources@report-documents resources:copy-resources@report-history-out
  echo "Merged $results results from $# shard(s) into reports/allure-report"
}

case "${1:-}" in
  run) shift; [ "$#" -ge 2 ] || { echo "run needs LANGUAGE SECTION" >&2; exit 2; }; run_shard "$@" ;;
  merge) shift; merge "$@" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

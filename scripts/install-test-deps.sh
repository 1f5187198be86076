#!/usr/bin/env bash
# System parts the tests drive for real: headless Chromium (Debian), a CJK font for the
# generated PDF, and Neo4j Community built from Maven Central. Each step is skipped when
# already done; a step that cannot run here leaves its tests to skip (or fail under
# KG_REQUIRE_ALL=1) with the reason.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
[ -d /usr/share/fonts/opentype/noto ] || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages: ${need_apt[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}") >/dev/null \
      || echo "warning: apt-get install ${need_apt[*]} failed; browser tests will skip" >&2
  else
    echo "note: not root; install ${need_apt[*]} with apt-get for the browser tests" >&2
  fi
fi

if [ -f "$here/tests/neo4j/pom.xml" ]; then
  if command -v mvn >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
    bash "$here/tests/neo4j/build.sh" || echo "warning: building Neo4j failed; Neo4j tests will skip" >&2
  else
    echo "note: Java or Maven missing; Neo4j tests will skip" >&2
  fi
fi
exit 0

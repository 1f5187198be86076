#!/usr/bin/env bash
# Build the test Neo4j (Community 5.26 from Maven Central) into target/kg-test-neo4j.jar
# with its dependencies in target/lib (neo4j-admin too: java -cp "target/lib/*" org.neo4j.cli.AdminTool).
# Run: java -Xmx512m -jar target/kg-test-neo4j.jar PORT
set -euo pipefail
cd "$(dirname "$0")"
if [ -f target/kg-test-neo4j.jar ] && [ target/kg-test-neo4j.jar -nt pom.xml ] \
   && [ -z "$(find src -newer target/kg-test-neo4j.jar -type f)" ]; then
  exit 0  # up to date
fi
# One Maven thread and a small heap: the build machine is shared.
MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}" mvn -q -B -T 1 package

"""The test Neo4j: a Maven project (pom.xml, Launcher.java) and ``launch`` to run it."""

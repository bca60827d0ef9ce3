# Selenium Grid's hub: Selenium's own server (from Maven Central, docker/grid/pom.xml) on the JRE base.
#   built by docker/grid.sh from the context target/grid (lib/ holds the server's jars)
ARG BASE=bjk/jre17-base:bookworm
FROM ${BASE}
COPY lib/ /opt/selenium/lib/
USER 65534
EXPOSE 4442 4443 4444
ENTRYPOINT ["java", "-cp", "/opt/selenium/lib/*", "org.openqa.selenium.grid.Main"]
CMD ["hub"]

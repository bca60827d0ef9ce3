# A Grid node with Debian's Chromium and its chromedriver (the same packages the local browser channel uses),
# on the hub image, so the server jars are the same. CJK fonts: the zh-CN screenshots need them.
ARG HUB=bjk/grid-hub:latest
FROM ${HUB}
USER root
RUN echo 'deb http://deb.debian.org/debian-security bookworm-security main' > /etc/apt/sources.list.d/security.list \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/* /usr/share/doc /usr/share/man
COPY node.toml /opt/selenium/node.toml
# Chromium keeps its profile and crash reports under HOME; nobody's HOME does not exist.
ENV HOME=/tmp
USER 65534
CMD ["node", "--config", "/opt/selenium/node.toml"]

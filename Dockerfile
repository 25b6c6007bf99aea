FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY knowledge ./knowledge
RUN pip install --no-cache-dir . && useradd --create-home thidua && mkdir /data && chown thidua /data
USER thidua
ENV THIDUA_DB=/data/thidua.sqlite3 \
    PYTHONUNBUFFERED=1
VOLUME ["/data"]
# Webhook mode listens here (WEBHOOK_PORT; Zalo on the next port when both use webhooks);
# polling needs no open port. Inside the container the webhook must listen on every
# interface for the published port to reach it: publish it to the host's loopback only
# (docker run -p 127.0.0.1:8443:8443) and let the reverse proxy face the internet.
ENV WEBHOOK_LISTEN=0.0.0.0
EXPOSE 8443 8444
CMD ["python", "-m", "bot", "run"]

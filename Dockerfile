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
# Webhook mode listens here (WEBHOOK_PORT); polling needs no open port.
EXPOSE 8443
CMD ["python", "-m", "bot", "run"]

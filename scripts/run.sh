#!/usr/bin/env bash
# Set up and start the bot: Telegram if TELEGRAM_BOT_TOKEN is set, Zalo if ZALO_BOT_TOKEN is
# set, else the console chat. Extra arguments go to `python -m bot run`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m bot run "$@"

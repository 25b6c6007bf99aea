"""Channel adapters: console, Telegram and Zalo.

Each turns its platform's updates into `Incoming`, hands them to `BotCore.handle` and renders
the returned `Reply` objects its own way. Telegram and Zalo adapters also serve as the
`bot.delivery.Outbox` of their channel, so reminders go out through the same rate limiter.
Only modules in this package may import a messenger library.
"""

"""Follow-ups read against the conversation, split out of handlers/context.py (its facade)."""

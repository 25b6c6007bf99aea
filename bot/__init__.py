"""Trợ lý Thi đua: the channel-neutral bot core and its channels."""

"""The campaign office's desk and the unit heads' follow-up: roles, units and staff lists,
review, exports, statistics and announcements."""

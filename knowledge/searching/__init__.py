"""Search over the documents, split out of knowledge/search.py (its facade)."""

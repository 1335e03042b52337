"""The present layer: tables, charts, the highlighted article and the report folder; it reads results and computes nothing new."""

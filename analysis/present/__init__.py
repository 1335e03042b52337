"""The present layer: tables, charts, the highlighted article and the report folder.

It reads results and computes nothing new.
"""

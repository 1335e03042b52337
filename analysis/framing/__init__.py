"""The framing layer: what each span is about (its side), per-side profiles, balance, and actor suggestions."""

from .actors import draft_sides, starter_sides_toml, suggest_actors
from .labels import find_labels
from .profiles import assign_sides, frame_sentences, framing_balance, side_profiles
from .source_sides import source_side
from .targets import tie

__all__ = ["assign_sides", "draft_sides", "find_labels", "frame_sentences", "framing_balance",
           "side_profiles", "source_side", "starter_sides_toml", "suggest_actors", "tie"]

"""The detect layer: spans with evidence (markers, scare quotes, readability, attributions); it knows no sides."""

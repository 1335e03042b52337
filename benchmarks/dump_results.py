import json, sys, pathlib
from analysis import analyze, load_article, load_sides
out = {}
for art in sorted(pathlib.Path("seeds").rglob("*.md")) + sorted(pathlib.Path("seeds").rglob("*.txt")):
    sides_file = art.with_suffix(".sides.toml")
    if not sides_file.exists(): continue
    r = analyze(load_article(str(art)), sides=load_sides(str(sides_file)))
    d = r.to_dict(); d.pop("timing", None)
    out[str(art)] = d
json.dump(out, open(sys.argv[1], "w"), sort_keys=True, default=str)
print(len(out))

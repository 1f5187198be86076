"""The extraction stage's entry points: ``extract`` (parsed documents in, one Extraction
out) and ``extract_paths`` (files in, optionally in parallel processes)."""
from __future__ import annotations

import importlib
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.language import Language

from kg.errors import InputError
from kg.model import Extraction, ParsedDocument
from loaders.extract import components  # noqa: F401  (registers the tokenizer and factories)
from loaders.extract.assemble import assemble, merge

CONFIG_PATH = Path(__file__).with_name("pipeline.cfg")
OPTIONAL = {"policy_kg_targets": "loaders.extract.targets"}


@lru_cache(maxsize=2)
def make_nlp(config_path: str = str(CONFIG_PATH)) -> Language:
    """The pipeline from its config, without components whose module is missing."""
    config = spacy.util.load_config(config_path)
    for name in list(config["nlp"]["pipeline"]):
        factory = config["components"][name]["factory"]
        module = OPTIONAL.get(factory)
        if module is None:
            continue
        try:
            importlib.import_module(module)
        except ImportError:
            config["nlp"]["pipeline"].remove(name)
            del config["components"][name]
    lang = spacy.util.get_lang_class(config["nlp"]["lang"])
    return lang.from_config(config)


def extract(parsed_docs: Iterable[ParsedDocument], *, nlp: Language | None = None) -> Extraction:
    """Entities, mentions, relations and targets of ``parsed_docs``, each parsed once."""
    nlp = nlp or make_nlp()
    parsed = list(parsed_docs)

    def docs():
        for p in parsed:
            doc = nlp.make_doc(p.clean.text)
            doc._.kg_parsed = p
            yield doc

    parts = [assemble(doc, p) for doc, p in zip(nlp.pipe(docs()), parsed)]
    return merge(parts)


def _extract_file(path: str) -> tuple[Extraction | None, InputError | None]:
    from loaders import load_many

    docs, errors = load_many([path])
    return (extract(docs) if docs else None), (errors[0] if errors else None)


def extract_paths(paths: Iterable[str | Path], workers: int = 1,
                  progress: Callable[[int, int], None] | None = None,
                  ) -> tuple[Extraction, list[InputError]]:
    """Load and extract files and folders; a bad file becomes an InputError in the list and
    the others are still processed. ``workers`` > 1 spreads files over processes;
    ``progress(done, total)`` is called after each file."""
    from loaders.load import expand

    files, errors = expand(paths)
    files = [str(f) for f in files]
    results: list[tuple[Extraction | None, InputError | None]] = [(None, None)] * len(files)

    def done(i: int, result: tuple[Extraction | None, InputError | None], count: int) -> None:
        results[i] = result
        if progress is not None:
            progress(count, len(files))

    if workers <= 1 or len(files) <= 1:
        for i, path in enumerate(files):
            done(i, _extract_file(path), i + 1)
    else:
        # One file per task, so the progress moves per file and a long document does not
        # hold back a whole chunk; each worker process builds its pipeline once (cached).
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_extract_file, path): i for i, path in enumerate(files)}
            for count, future in enumerate(as_completed(futures), 1):
                done(futures[future], future.result(), count)
    # In file order, whatever order the workers finished in.
    errors += [err for _, err in results if err is not None]
    return merge(ext for ext, _ in results if ext is not None), errors

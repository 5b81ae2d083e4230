"""A synthetic corpus for benchmarks: the shipped sample documents recombined and perturbed
across forces and years. Every document is marked SYNTHETIC in its title and front matter;
none of it is fact."""

from __future__ import annotations

import random
import re
from pathlib import Path

from ingest.loaders.markdown import split_front_matter
from rag.forces import FORCES

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"


def _sections(body: str) -> list[str]:
    parts = re.split(r"\n(?=## )", body)
    return [p.strip() for p in parts if p.strip()]


def synth_documents(n_docs: int, seed: int = 0, sample: Path = SAMPLE) -> list[tuple[str, str]]:
    """(file name, markdown text) for n_docs synthetic documents."""
    rng = random.Random(seed)
    bases = []
    for path in sorted(sample.glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        bases.append((meta, _sections(body)))
    forces = list(FORCES)
    out: list[tuple[str, str]] = []
    for i in range(n_docs):
        meta, sections = bases[rng.randrange(len(bases))]
        donor = bases[rng.randrange(len(bases))][1]
        force = rng.choice(forces)
        shift = rng.randint(-4, 4)
        old_force = meta.get("force", "")
        chosen = (
            sections[:1]
            + rng.sample(sections[1:], k=max(0, len(sections) - 2))
            + ([rng.choice(donor)] if donor else [])
        )

        def perturb(
            text: str, _old: str = old_force, _force: str = force, _shift: int = shift
        ) -> str:
            if _old:
                text = text.replace(_old, _force)
            return re.sub(r"\b(20[0-2]\d)\b", lambda m: str(int(m.group(1)) + _shift), text)

        body = perturb("\n\n".join(chosen))
        year = 2018 + (i % 8)
        doc_id = f"synthetic-{i:06d}"
        title = f"SYNTHETIC {perturb(meta.get('title', 'document'))} #{i}"
        front = (
            f'---\nid: {doc_id}\ntitle: "{title.replace(chr(34), "")}"\n'
            f"doc_type: {meta.get('doc_type', 'other')}\npublisher: synthetic\n"
            f"force: {force}\npublished: {year}-0{1 + i % 9}-15\n"
            'source_url: ""\nsynthetic: true\n---\n\n'
        )
        out.append((f"{doc_id}.md", front + body + "\n"))
    return out


def write_synthetic(folder: Path, n_docs: int, seed: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in synth_documents(n_docs, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder

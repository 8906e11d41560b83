"""Domain exceptions. Messages name the bad value and what is allowed; only cli.py and app.py
turn them into exit messages or UI errors."""


class QAError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(QAError):
    """A setting has a value outside what is allowed."""


class CorpusError(QAError):
    """The corpus folder or one of its files cannot be read."""


class IndexMissingError(QAError):
    """No index at the given folder: run `qa build`."""


class IndexCorruptError(QAError):
    """An index file is missing, truncated, altered or of an old format."""


class ModelMismatchError(QAError):
    """The index was built with a different embedding model than the one asked for."""


class EmbedderError(QAError):
    """An embedding model cannot be loaded."""


class QASetError(QAError):
    """A QA-set file is malformed; the message names the line and the problem."""


class InputError(QAError):
    """A question or query cannot be processed (empty, too long, ...)."""


class IndexLockedError(QAError):
    """Another process is writing the index."""


class IndexWriteError(QAError):
    """The index or corpus folder cannot be written (read-only, no permission, disk full)."""


class VectorStoreError(QAError):
    """The index's vector store (Milvus) cannot be opened, reached or written, or its package is missing."""


class ClusterError(QAError):
    """A distributed build cannot start: Ray is missing, its cluster unreachable, or a worker failed."""

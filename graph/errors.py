"""Every error newsgraph raises on purpose.

    NewsgraphError                 base: the CLI prints its message on one line, exit code 2
    ├── InputError                 an article or graph file that cannot be read as asked
    │   └── NotAGraphError         a readable file that is no graph (a manifest, a query result, a page)
    ├── PipelineError              the English spaCy pipeline is missing or unusable
    ├── UsageError                 a command-line option or argument that makes no sense
    └── QueryError                 a SPARQL query that is malformed, unknown or not allowed
"""

__all__ = ["NewsgraphError", "InputError", "NotAGraphError", "PipelineError", "QueryError", "UsageError"]


class NewsgraphError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class InputError(NewsgraphError):
    """Raised when an input file is empty, binary, not UTF-8, too large, HTML or malformed."""


class NotAGraphError(InputError):
    """Raised when a reader of built graphs is given another kind of file: readers of many files skip it."""


class PipelineError(NewsgraphError):
    """Raised when no English spaCy pipeline can be loaded."""


class QueryError(NewsgraphError):
    """Raised when a SPARQL query cannot be parsed, found or run."""


class UsageError(NewsgraphError):
    """Raised when an option names something that does not exist (an output format, a query name)."""

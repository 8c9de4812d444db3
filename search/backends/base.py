"""The interface every public search backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["BackendHealth", "BaseSearchBackend"]


@dataclass(frozen=True)
class BackendHealth:
    """What `/health/` and the admin show about a backend: name, state and a short detail."""

    backend: str
    status: Literal["ok", "down"]
    detail: dict[str, str] = field(default_factory=dict)


class BaseSearchBackend(ABC):
    """A search engine behind the hub's one search interface.

    Attributes:
        name: short identifier shown in health output.
    """

    name: str = ""

    @abstractmethod
    def health(self) -> BackendHealth:
        """Report whether the engine answers; never raise, so health pages always render."""

"""Index declarations: one `ModelIndex` per searchable model, registered by decorator.

Apps declare their indexes in ``<app>/indexes.py`` (plugins too: it is their ``indexes``
resource, which the hub's plugin loader imports); `SearchConfig.ready()` builds one
``IndexStore`` from those modules, and only the models declared there get search signals.
Adding a searchable type is one declaration, never an edit of a backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar, cast

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils import translation

from search.backends.base import FACETS, SearchDocument

__all__ = [
    "FacetField",
    "IndexStore",
    "ModelIndex",
    "SearchField",
    "get_index",
    "get_indexes",
    "get_indexes_for_model",
    "iter_documents",
    "register_index",
]

Source = str | Callable[[models.Model], object]
WEIGHTS = ("title", "summary", "keywords", "body")


Memo = dict[tuple[int, str], object]


def resolve(obj: models.Model, source: Source, memo: Memo | None = None) -> list[str]:
    """Return the texts a source names: an attribute path ("industry.name") or a callable.

    Managers along the path are expanded to their objects, lists are flattened and empty values
    dropped, so a declaration never needs a loop. ``memo`` keeps the related objects a path
    walked through (they are the same in every language), so an object's documents in five
    languages expand each relation once; texts are read again, as they may be translated.
    """
    values: list[object] = [obj]
    if callable(source):
        values = [source(obj)]
    else:
        for attribute in source.split("."):
            next_values: list[object] = []
            for value in values:
                key = (id(value), attribute)
                if memo is not None and key in memo:
                    item = memo[key]
                else:
                    item = getattr(value, attribute, None)
                    if isinstance(item, models.Manager):
                        item = list(item.all())
                    if memo is not None and isinstance(item, list | models.Model):
                        memo[key] = item
                if isinstance(item, list):
                    next_values.extend(item)
                elif callable(item):
                    next_values.append(item())
                else:
                    next_values.append(item)
            values = next_values
    flat: list[str] = []
    for value in values:
        items = value if isinstance(value, list | tuple | set | frozenset) else [value]
        flat.extend(str(item) for item in items if item not in (None, ""))
    return flat


@dataclass(frozen=True)
class SearchField:
    """A text to search: where it comes from and which weight it gets.

    Weights: ``title`` (the hit's heading, highest), ``summary`` (shown under it), ``keywords``
    (names of related things), ``body`` (the rest).
    """

    source: Source
    weight: str = "body"

    def __post_init__(self) -> None:
        if self.weight not in WEIGHTS:
            raise ImproperlyConfigured(
                f"SearchField weight {self.weight!r} is unknown; use one of {', '.join(WEIGHTS)}."
            )


@dataclass(frozen=True)
class FacetField:
    """A facet's codes for an object, e.g. ``FacetField("industry", "industry.code")``."""

    facet: str
    source: Source

    def __post_init__(self) -> None:
        if self.facet not in FACETS:
            raise ImproperlyConfigured(
                f"Facet {self.facet!r} is unknown; use one of {', '.join(FACETS)}."
            )


class ModelIndex:
    """Declares how objects of one model become search documents, one per language.

    Attributes:
        model: the indexed model; its label is the index name.
        fields: the texts to search, each with a weight; exactly one ``title`` field.
        facets: the facet codes of an object; ``type`` is added from the model.
        languages: the site languages to index each object in; empty means every site language
            (registry records are indexed once per language, pages in their own locale).
        depends_on: other models whose changes alter this index's documents, each with the
            lookup from this model to it (``{Actor: "issuer"}``): renaming an issuer re-indexes
            its credentials.
    """

    model: ClassVar[type[models.Model]]
    fields: ClassVar[tuple[SearchField, ...]] = ()
    facets: ClassVar[tuple[FacetField, ...]] = ()
    languages: ClassVar[tuple[str, ...]] = ()
    depends_on: ClassVar[dict[type[models.Model], str]] = {}
    # Set by ``register_index`` on the class it decorates (not inherited by the store's check).
    declared: ClassVar[bool] = False

    @property
    def name(self) -> str:
        """The index name: the model's label, e.g. ``branch_models.validationmodel``."""
        return self.model._meta.label_lower

    def watched_models(self) -> tuple[type[models.Model], ...]:
        """Return the models whose saves and deletes change this index's documents."""
        return (self.model, *self.depends_on)

    def affected_pks(self, instance: models.Model) -> list[str]:
        """Return the keys of this index's objects whose documents a change of instance alters."""
        if isinstance(instance, self.model):
            return [self.object_pk(instance)]
        lookup = self.depends_on.get(type(instance))
        if lookup is None or instance.pk is None:
            return []
        pks = self.model._default_manager.filter(**{lookup: instance.pk}).values_list("pk")
        return [str(pk) for (pk,) in pks.distinct()]

    def get_queryset(self) -> models.QuerySet:
        """Return the objects the public may find (override to exclude drafts and add joins)."""
        return self.model._default_manager.all()

    def get_languages(self, obj: models.Model) -> Sequence[str]:
        """Return the languages to index an object in."""
        return self.languages or [code for code, _name in settings.LANGUAGES]

    def text_language(self, language: str) -> str:
        """Return the language the documents indexed for ``language`` are written in.

        The same by default; a model that keeps its text in fewer languages (the registry, in
        Swedish) says so, and the search page marks such hits with their ``lang`` (WCAG 3.1.2).
        """
        return language

    def get_url(self, obj: models.Model) -> str:
        """Return where a hit on the object links to."""
        # An indexed model defines it, or its index overrides this method.
        return obj.get_absolute_url()  # type: ignore[attr-defined]

    def object_pk(self, obj: models.Model) -> str:
        """Return the key the outbox and documents name an object by."""
        return str(obj.pk)

    def facet_codes(
        self, obj: models.Model, memo: Memo | None = None
    ) -> dict[str, tuple[str, ...]]:
        """Return an object's facet codes; codes are the same in every language."""
        facets: dict[str, list[str]] = {"type": [self.model._meta.label_lower]}
        for facet in self.facets:
            facets.setdefault(facet.facet, []).extend(resolve(obj, facet.source, memo))
        return {name: tuple(dict.fromkeys(values)) for name, values in facets.items()}

    def to_document(
        self,
        obj: models.Model,
        language: str,
        memo: Memo | None = None,
        facets: Mapping[str, tuple[str, ...]] | None = None,
    ) -> SearchDocument:
        """Build the document of an object in a language (called with that language active).

        `documents()` passes what the object's languages share: the memo of related objects
        and the facet codes.
        """
        texts: dict[str, list[str]] = {weight: [] for weight in WEIGHTS}
        for search_field in self.fields:
            texts[search_field.weight].extend(resolve(obj, search_field.source, memo))
        return SearchDocument(
            index=self.name,
            pk=self.object_pk(obj),
            language=language,
            title=" ".join(texts["title"]),
            url=self.get_url(obj),
            summary="\n".join(texts["summary"]),
            keywords="\n".join(texts["keywords"]),
            body="\n".join(texts["body"]),
            facets=self.facet_codes(obj, memo) if facets is None else facets,
        )

    def documents(self, obj: models.Model) -> list[SearchDocument]:
        """Return the object's documents in each of its languages."""
        memo: Memo = {}
        facets = self.facet_codes(obj, memo)
        documents = []
        for language in self.get_languages(obj):
            with translation.override(language):
                documents.append(self.to_document(obj, language, memo, facets))
        return documents

    def iter_documents(self, chunk_size: int = 500) -> Iterator[SearchDocument]:
        """Yield every public object's documents, reading the database in chunks."""
        for obj in self.get_queryset().iterator(chunk_size=chunk_size):
            yield from self.documents(obj)

    def count_documents(self) -> int:
        """Return about how many documents the index holds (for progress bars)."""
        return self.get_queryset().count() * len(self.languages or settings.LANGUAGES)


def register_index(cls: type[ModelIndex]) -> type[ModelIndex]:
    """Declare an index class (decorator); nothing is registered at import time.

    ``SearchConfig.ready()`` builds the ``IndexStore`` from the classes declared in every app's
    ``indexes`` module (a plugin's is its ``indexes`` resource, loaded once by the hub).
    """
    if not (isinstance(cls, type) and issubclass(cls, ModelIndex)):
        raise ImproperlyConfigured(f"{cls!r} is not a ModelIndex subclass.")
    cls.declared = True
    return cls


@dataclass
class IndexStore:
    """The declared indexes by name, in registration order (built in ``SearchConfig.ready()``)."""

    _indexes: dict[str, ModelIndex] = field(default_factory=dict)

    def register_module(self, module: ModuleType) -> None:
        """Register the index classes an ``indexes`` module declares (not those it imports)."""
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ModelIndex)
                and vars(value).get("declared", False)
                and value.__module__ == module.__name__
            ):
                self.register_index(value)

    def register_index(self, cls: type[ModelIndex]) -> None:
        """Add an index class; a second index for the same model is an error."""
        if not (isinstance(cls, type) and issubclass(cls, ModelIndex)):
            raise ImproperlyConfigured(f"{cls!r} is not a ModelIndex subclass.")
        index = cls()
        existing = self._indexes.get(index.name)
        if existing is not None and type(existing) is not cls:
            raise ImproperlyConfigured(
                f"Two search indexes declare {index.name}: {type(existing).__qualname__} and "
                f"{cls.__qualname__}. Keep one (search/index.py explains the declarations)."
            )
        self._indexes[index.name] = index

    def get_indexes(self) -> list[ModelIndex]:
        """Return every registered index, in registration order."""
        return list(self._indexes.values())


def _store() -> IndexStore:
    """Return the store ``SearchConfig.ready()`` built (kept on the app config, not a module)."""
    search_app: Any = apps.get_app_config("search")
    return cast(IndexStore, search_app.indexes)


def _enabled(index: ModelIndex) -> bool:
    """Whether the app that declared an index is installed (a disabled plugin's is not)."""
    return apps.get_containing_app_config(type(index).__module__) is not None


def get_indexes() -> tuple[ModelIndex, ...]:
    """Return every index of an installed app, in registration order."""
    return tuple(index for index in _store().get_indexes() if _enabled(index))


def get_index(name: str) -> ModelIndex:
    """Return the index with a name; `KeyError` when none is registered and installed."""
    index = next((i for i in _store().get_indexes() if i.name == name), None)
    if index is None or not _enabled(index):
        raise KeyError(name)
    return index


def get_indexes_for_model(model: type[models.Model]) -> list[ModelIndex]:
    """Return the indexes whose documents change when an object of model changes."""
    return [index for index in get_indexes() if model in index.watched_models()]


def iter_documents(indexes: Iterable[ModelIndex] | None = None) -> Iterator[SearchDocument]:
    """Yield the documents of every (or the given) index."""
    for index in get_indexes() if indexes is None else indexes:
        yield from index.iter_documents()

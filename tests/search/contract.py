"""The backend contract: what every public search backend must do, against the real servers.

Subclass `BackendContract` once per backend (tests/search/test_backend_*.py) and set
``backend_module``; a subclass skips a test only for a known gap, with its reason.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, Page

from branch_models.models import Actor, ActorKind
from communication.models import ContentPage
from search.backends import base as backends_base
from search.backends import elasticsearch
from search.backends.base import BaseSearchBackend, SearchQuery

BAD_INPUTS = [
    "x" * 10_000,
    "!!! ??? ... ,,, ;;; --- ***",
    '"*:(',
    'title:(kock OR "svets") AND -url:* ~2 ^3 \\',
    "kock\x00\x01\x1b[31m\u200b\u202e",
    "سلام validering привет 你好 🧑‍🍳 kock",
    "' OR 1=1; DROP TABLE search_entry; --",
    "NEAR(kock svets) {title_tokens} : kock*",
    "kock & | ! <-> :* '",
    "\t\n\r  ",
]


# Fuzzing: any code point but lone surrogates, and words mixed with every engine's syntax.
FUZZ_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    st.lists(
        st.sampled_from(
            [
                "kock",
                "svetsare",
                "validering",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "*",
                ":",
                '"',
                "(",
                ")",
                "-",
                "~2",
                "^3",
                "\\",
                "'",
                "&",
                "|",
                "!",
                "<->",
                ":*",
                "{",
                "}",
                "[",
                "]",
                "title:",
                "_id:",
                "\x00",
                "\u202e",
                "سلام",
                "ክእለት",
                "🧑‍🍳",
                "%",
                "_",
                ";",
                "--",
            ]
        ),
        max_size=20,
    ).map(" ".join),
)
SYNTAX = st.text("\"*:()-~&|!<>^\\[]{}'+/=?;%_@#$ \t\n", max_size=6)
FUZZ_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same examples on every run and backend
    # Searches change nothing, so the backend fixture may serve every example; and each backend's
    # subclass runs the same contract methods, which is what differing executors means here.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors],
)


def titles(result: object) -> list[str]:
    return [hit.title for hit in result.hits]


@pytest.mark.django_db
class BackendContract:
    """Every public backend passes these tests with the demo data loaded and indexed."""

    backend_module = ""
    vendor = ""  # database backends run only on their own database

    @pytest.fixture
    def backend(self, make_backend) -> BaseSearchBackend:
        from django.db import connection

        if self.vendor and connection.vendor != self.vendor:
            pytest.skip(
                f"needs {self.vendor}, this run uses {connection.vendor}: scripts/test.sh runs "
                "tests/search on PostgreSQL and again on SQLite"
            )
        return make_backend(self.backend_module)

    @staticmethod
    def search(backend: BaseSearchBackend, text: str, **kwargs: object) -> object:
        kwargs.setdefault("per_page", 50)
        return backend.search(SearchQuery(text=text, **kwargs))

    @staticmethod
    def add_actor(django_capture_on_commit_callbacks, **fields: object) -> Actor:
        """Create a published actor through the normal save path (outbox, after commit)."""
        fields.setdefault("kind", ActorKind.OTHER)
        fields.setdefault("slug", fields["name"].lower().replace(" ", "-"))
        with django_capture_on_commit_callbacks(execute=True):
            return Actor.objects.create(live=True, **fields)

    # --- Swedish analysis ---------------------------------------------------------------------

    def test_inflections_match(self, backend):
        plural = self.search(backend, "kockar")
        assert "Gesällbrev kock" in titles(plural)
        assert titles(plural) == titles(self.search(backend, "kock"))

    def test_case_does_not_matter(self, backend):
        upper = self.search(backend, "Yrkesbevis")
        assert upper.total > 0
        assert titles(upper) == titles(self.search(backend, "yrkesbevis"))

    def test_plural_finds_singular(self, backend):
        result = self.search(backend, "valideringar")
        assert "Vad är validering?" in titles(result)

    def test_derivation_finds_compound_word(self, backend):
        result = self.search(backend, "lokalvårdare")
        assert any("Lokalvård" in title for title in titles(result))

    def test_part_of_compound_finds_compound(self, backend, django_capture_on_commit_callbacks):
        self.add_actor(
            django_capture_on_commit_callbacks,
            name="Osby teknikcentrum",
            description="Vi ordnar svetsutbildning på kvällstid.",
        )
        result = self.search(backend, "svets")
        hit = next(hit for hit in result.hits if hit.title == "Osby teknikcentrum")
        assert "<mark>svetsutbildning</mark>" in hit.snippet_html

    def test_highlight_marks_the_original_words(self, backend):
        result = self.search(backend, "kockar")
        hit = next(hit for hit in result.hits if hit.title == "Gesällbrev kock")
        assert hit.title_html == "Gesällbrev <mark>kock</mark>"

    def test_stop_words_and_punctuation_alone_find_nothing(self, backend):
        assert self.search(backend, "och i på").total == 0
        assert self.search(backend, "?!…").total == 0

    # --- Synonyms -----------------------------------------------------------------------------

    def test_seeded_synonym(self, backend):
        result = self.search(backend, "usk")
        assert any("undersköterska" in title.lower() for title in titles(result))

    def test_multi_word_synonym(self, backend):
        result = self.search(backend, "CE-körkort")
        assert any("lastbil" in title.lower() for title in titles(result))

    def test_synonym_added_in_the_admin_works_at_once(self, backend, admin_client):
        assert self.search(backend, "golvfixare").total == 0
        response = admin_client.post(
            reverse("wagtailsnippets_search_synonym:add"),
            {"terms": "golvfixare, lokalvårdare", "language": "sv"},
        )
        assert response.status_code == 302, response.content[:2000]
        result = self.search(backend, "golvfixare")
        assert any("Lokalvård" in title for title in titles(result))
        assert set(titles(result)) <= set(titles(self.search(backend, "lokalvårdare")))

    # --- Facets, filters, pages ---------------------------------------------------------------

    def test_type_facet_counts_add_up(self, backend):
        result = self.search(backend, "validering")
        (types,) = [facet for facet in result.facets if facet.name == "type"]
        assert sum(value.count for value in types.values) == result.total

    def test_filter_narrows_and_keeps_other_values_countable(self, backend):
        everything = self.search(backend, "validering")
        counts = {v.value: v.count for f in everything.facets if f.name == "type" for v in f.values}
        credentials = self.search(
            backend, "validering", filters={"type": ("branch_models.credential",)}
        )
        assert credentials.total == counts["branch_models.credential"]
        assert {hit.index for hit in credentials.hits} == {"branch_models.credential"}
        (types,) = [facet for facet in credentials.facets if facet.name == "type"]
        assert {v.value: v.count for v in types.values} == counts
        assert [v.value for v in types.values if v.selected] == ["branch_models.credential"]

    def test_a_facet_keeps_its_most_frequent_values_and_every_chosen_one(
        self, backend, monkeypatch
    ):
        everything = self.search(backend, "validering")
        (types,) = [facet for facet in everything.facets if facet.name == "type"]
        ranked = [(v.value, v.count) for v in types.values]
        assert len(ranked) > 3
        # Two values kept instead of thirty: the demo has a dozen types, not thirty.
        for module in (backends_base, elasticsearch):
            monkeypatch.setattr(module, "FACET_VALUES", 2)
        (types,) = [f for f in self.search(backend, "validering").facets if f.name == "type"]
        assert [(v.value, v.count) for v in types.values] == ranked[:2]
        rare, rare_count = ranked[-1]
        chosen = self.search(backend, "validering", filters={"type": (rare,)})
        (types,) = [facet for facet in chosen.facets if facet.name == "type"]
        assert [(v.value, v.count, v.selected) for v in types.values] == [
            (value, count, False) for value, count in ranked[:2]
        ] + [(rare, rare_count, True)]

    def test_filters_of_different_facets_combine(self, backend):
        result = self.search(
            backend,
            "",
            filters={"municipality": ("1293",), "type": ("branch_models.komvuxoffer",)},
        )
        assert result.total > 0
        for hit in result.hits:
            assert hit.index == "branch_models.komvuxoffer"
            assert "1293" in hit.facets["municipality"]

    def test_pages_do_not_overlap(self, backend):
        first = backend.search(SearchQuery(text="validering", per_page=5))
        second = backend.search(SearchQuery(text="validering", per_page=5, page=2))
        assert first.total == second.total > 10
        assert not set(titles(first)) & set(titles(second))

    # --- Locales, drafts, deletes -------------------------------------------------------------

    def test_each_locale_finds_its_own_pages(self, backend):
        english = self.search(backend, "validation", language="en")
        assert "What is validation?" in titles(english)
        swedish = self.search(backend, "validering")
        assert "What is validation?" not in titles(swedish)
        assert "Vad är validering?" not in titles(self.search(backend, "validering", language="en"))

    def test_drafts_are_not_found_until_published(
        self, backend, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            actor = Actor.objects.create(
                name="Zebrakonsult", slug="zebrakonsult", kind=ActorKind.OTHER, live=False
            )
        assert self.search(backend, "zebrakonsult").total == 0
        with django_capture_on_commit_callbacks(execute=True):
            actor.live = True
            actor.save()
        assert titles(self.search(backend, "zebrakonsult")) == ["Zebrakonsult"]

    def test_draft_pages_are_not_found(self, backend, django_capture_on_commit_callbacks):
        home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code="sv"))
        with django_capture_on_commit_callbacks(execute=True):
            page = home.add_child(
                instance=ContentPage(title="Zebrasidan", slug="zebra", live=False)
            )
            page.save_revision()
        assert self.search(backend, "zebrasidan").total == 0
        with django_capture_on_commit_callbacks(execute=True):
            page.get_latest_revision().publish()
        assert titles(self.search(backend, "zebrasidan")) == ["Zebrasidan"]
        page.refresh_from_db()
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        assert self.search(backend, "zebrasidan").total == 0

    def test_deleted_records_disappear(self, backend, django_capture_on_commit_callbacks):
        actor = self.add_actor(django_capture_on_commit_callbacks, name="Zebrabolaget")
        assert self.search(backend, "zebrabolaget").total == 1
        with django_capture_on_commit_callbacks(execute=True):
            actor.delete()
        assert self.search(backend, "zebrabolaget").total == 0

    # --- Typos and autocomplete ---------------------------------------------------------------

    def test_typo_tolerance(self, backend):
        assert "Gesällbrev kock" in titles(self.search(backend, "kockr"))

    def test_did_you_mean(self, backend):
        # Hits for a misspelt word (by edit distance) come with a link to the right spelling;
        # when it finds nothing as typed, the hits are those of the right spelling, and say so.
        misspelt = self.search(backend, "valdering")
        assert "validering" in (misspelt.suggestion, misspelt.corrected)
        assert misspelt.hits
        assert self.search(backend, "validering").suggestion == ""

    def test_a_word_not_yet_in_the_vocabulary_is_searched_as_typed_where_a_record_has_it(
        self, backend, django_capture_on_commit_callbacks
    ):
        # A record saved since the last rebuild brings words the typo corrections do not know
        # yet: who types its name means it, not the known word a typo away ("validering").
        self.add_actor(django_capture_on_commit_callbacks, name="Valdering Konsult")
        result = self.search(backend, "valdering")
        assert titles(result)[:1] == ["Valdering Konsult"]
        assert (result.suggestion, result.corrected) == ("", "")

    def test_autocomplete_completes_a_word_of_a_title(self, backend):
        suggestions = backend.suggest("svet", "sv")
        assert "Validering av svetsare (Svetskommissionen)" in [s.title for s in suggestions]
        assert backend.suggest("gesällbrev ko", "sv")[0].title == "Gesällbrev kock"
        assert backend.suggest("svet ", "sv") == ()

    # --- Natural questions (issue 13) ----------------------------------------------------------

    WELDING = "Validering av svetsare (Svetskommissionen)"
    WELDING_EN = "Welder validation (Swedish Welding Commission)"  # the same record in English

    @pytest.mark.parametrize(
        ("text", "language", "wanted"),
        [
            ("validering av svetsare i Kalmar", "sv", WELDING),
            ("svetsare hässleholm", "sv", WELDING),
            ("svetsare hassleholm", "sv", WELDING),
            ("svetsare utan papper", "sv", WELDING),
            ("rörläggare", "sv", "Branschcertifikat för VVS-montörer (VVS-branschens Yrkesnämnd)"),
            ("lastbilschaufför", "sv", "Validering och YKB för lastbilsförare"),
            ("لحام", "ar", WELDING),
            ("عملت لحّام في سوريا", "ar", WELDING),
            ("تنظيف", "ar", "Validering inom städservice (SRY)"),
            ("vaktmästare", "sv", "FAVAL – validering i fastighetsbranschen"),
        ],
    )
    def test_a_natural_question_finds_the_record_in_the_top_three(
        self, backend, text, language, wanted
    ):
        result = self.search(backend, text, language=language)
        assert wanted in titles(result)[:3], titles(result)[:5]

    @pytest.mark.parametrize(
        ("text", "language", "wanted"),
        [
            ("busschaufför", "sv", {"Validering och YKB för bussförare"}),
            ("kassörska", "sv", {"Handelns validering – butikssäljare", "OCN: Butikshandel"}),
            ("diskare", "sv", {"OCN: Disk/kafé"}),
            ("diskning", "sv", {"OCN: Disk/kafé", "OCN: Hygienarbete/kök"}),
            ("plåtis", "sv", {"Yrkesexamen för plåtslagare och ventilationsmontörer (PVF)"}),
            ("svetsat i 8 år", "sv", {WELDING}),
            ("målning", "sv", {"Validering av målare (Måleribranschens Yrkesnämnd)"}),
            ("bakning", "sv", {"Gesällprov bagare och konditor (Sveriges Bagare & Konditorer)"}),
            # A compound names the trade of its first part: "a painter's training".
            ("målarutbildning", "sv", {"Validering av målare (Måleribranschens Yrkesnämnd)"}),
            ("kök", "sv", {"OCN: Yrkeskompetens Kök", "OCN: Hygienarbete/kök"}),
            ("trädgård", "sv", {"OCN: Yrkeskompetens Utemiljö"}),
            ("welder", "en", {WELDING_EN}),
            ("welded", "en", {WELDING_EN}),
        ],
    )
    def test_a_word_naming_an_occupation_finds_its_group_in_the_top_three(
        self, backend, text, language, wanted
    ):
        result = self.search(backend, text, language=language)
        assert wanted & set(titles(result)[:3]), titles(result)[:5]

    @pytest.mark.parametrize(
        ("text", "related", "wanted"),
        [
            # No record names care aides (5330): the assistant nurses (532) are of their ISCO
            # group, and a care aide's experience counts towards the assistant nurses' model.
            ("vårdbiträde", ("532",), "Validering mot undersköterska (Vård- och omsorgscollege)"),
            # Nor aircraft mechanics (7232): the vehicle mechanics of their minor group (723).
            ("flygmekaniker", ("723",), "Motorbranschens validering – fordonstekniska yrkesroller"),
        ],
    )
    def test_an_occupation_nothing_names_finds_the_occupations_next_to_it(
        self, backend, text, related, wanted
    ):
        result = self.search(backend, text)
        assert result.related == related
        assert wanted in titles(result)[:3], titles(result)[:5]
        # A person who narrowed the search keeps what they chose.
        models = {"type": ("branch_models.validationmodel",)}
        assert self.search(backend, text, filters=models).total == 0

    def test_an_occupation_with_records_is_not_widened(self, backend):
        assert self.search(backend, "undersköterska").related == ()

    @pytest.mark.parametrize(
        ("text", "language", "wanted"),
        [
            ("vad är validering", "sv", "Vad är validering?"),
            ("what is validation", "en", "What is validation?"),
            # Its last part names an occupation (modell); the question asks what one is.
            ("vad är en branschvalideringsmodell", "sv", "Vad är en branschvalideringsmodell?"),
        ],
    )
    def test_the_page_about_a_topic_comes_first_for_its_question(
        self, backend, text, language, wanted
    ):
        # Every hit names validation in its title; the page about nothing else comes first.
        assert titles(self.search(backend, text, language=language))[0] == wanted

    def test_filler_words_do_not_veto_and_the_result_says_what_it_left_out(self, backend):
        result = self.search(backend, "svetsare utan papper")
        assert result.partial
        assert result.covered == ("svetsare",)
        assert result.missing == ("utan", "papper")
        assert self.WELDING in [hit.title for hit in result.hits if "svetsare" in hit.matched]

    def test_a_place_orders_the_hits_and_is_not_a_word_to_match(self, backend):
        near = self.search(backend, "svetsare hässleholm")
        assert [place.name for place in near.places] == ["Hässleholm"]
        assert near.total == self.search(backend, "svetsare").total
        offers = [h for h in near.hits if h.index == "branch_models.komvuxoffer"]
        assert offers and offers[0].facets["region"] == ("12",)
        anywhere = self.search(backend, "svetsare hässleholm", places=False)
        assert anywhere.places == ()

    def test_documents_matching_more_words_come_first(self, backend):
        result = self.search(backend, "kock svetsare")
        covered = [len(hit.matched) for hit in result.hits]
        assert covered == sorted(covered, reverse=True)
        assert covered[0] >= 1

    def test_how_an_employer_verifies_a_credential(self, backend):
        result = self.search(backend, "hur verifierar jag ett intyg")
        assert result.total > 0
        top = result.hits[:3]
        assert any(
            hit.index == "branch_models.credential" or "verifi" in hit.title.lower() for hit in top
        ), titles(result)[:5]

    def test_a_misspelt_trade_still_finds_its_model(self, backend):
        result = self.search(backend, "svettsare")
        assert titles(result)[:1] == [self.WELDING]

    def test_validation_of_a_trade_in_a_place_puts_that_county_s_providers_first(self, backend):
        result = self.search(backend, "validering av svetsare i Kalmar")
        assert [place.name for place in result.places] == ["Kalmar"]
        assert titles(result)[0] == self.WELDING
        # The courses and providers, wherever they are listed, start with Kalmar län (08).
        local = [
            hit
            for hit in result.hits
            if hit.index in {"branch_models.komvuxoffer", "branch_models.actor"}
        ]
        regions = [hit.facets.get("region", ()) for hit in local]
        assert regions and "08" in regions[0], [hit.title for hit in local]
        kalmar = [i for i, codes in enumerate(regions) if "08" in codes]
        assert kalmar == list(range(len(kalmar))), [hit.title for hit in local]
        # and the first course is among the first three hits, after the model.
        first_course = next(
            i for i, hit in enumerate(result.hits) if hit.index == "branch_models.komvuxoffer"
        )
        assert first_course < 3, titles(result)[:5]

    def test_a_trade_s_model_and_credential_come_before_its_courses(self, backend):
        result = self.search(backend, "svetsare")
        kinds = [hit.index for hit in result.hits]
        first_course = kinds.index("branch_models.komvuxoffer")
        assert kinds[:first_course].count("branch_models.validationmodel") >= 1
        assert "branch_models.credential" in kinds[:first_course]

    def test_one_course_in_several_places_is_one_hit_on_every_page(self, backend):
        one_page = self.search(backend, "svetsare")
        seen: list[tuple[str, str]] = []
        pages = [self.search(backend, "svetsare", per_page=2, page=n) for n in range(1, 30)]
        for result in pages:
            seen += [(hit.index, hit.title) for hit in result.hits]
        assert len(seen) == len(set(seen)) == one_page.total, seen
        (course,) = [hit for hit in one_page.hits if hit.title == "Yrkesvux: Svetsare"]
        places = {code for hit in (course, *course.also) for code in hit.facets["municipality"]}
        # Emmaboda, Kristianstad and Oskarshamn: one hit listing the three municipalities.
        assert places == {"0862", "1290", "0882"}, places
        assert not any(other.title != course.title for other in course.also)

    # --- Bad input ----------------------------------------------------------------------------

    @pytest.mark.parametrize("text", BAD_INPUTS)
    def test_any_input_is_treated_as_text(self, backend, text):
        result = self.search(backend, text)
        assert result.total >= 0
        backend.suggest(text, "sv")

    @FUZZ_SETTINGS
    @given(text=FUZZ_TEXT)
    def test_fuzzed_input_is_answered(self, backend, text):
        result = self.search(backend, text)
        assert result.total >= len(result.hits) >= 0
        for hit in result.hits:  # highlighting escapes what it marks
            assert "<" not in hit.title_html.replace("<mark>", "").replace("</mark>", "")
        backend.suggest(text, "sv")

    @FUZZ_SETTINGS
    @given(before=SYNTAX, after=SYNTAX)
    def test_query_syntax_around_a_word_is_only_a_separator(self, backend, before, after):
        assert self.search(backend, f"{before}kock{after}").total == self.kock_total(backend)

    def kock_total(self, backend: BaseSearchBackend) -> int:
        if not hasattr(self, "_kock_total"):
            self._kock_total = self.search(backend, "kock").total
            assert self._kock_total > 0
        return self._kock_total

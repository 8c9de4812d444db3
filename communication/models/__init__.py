"""Page types of the public site, the glossary and the resource-request form, one module a job.

Every page type mixes in ``SitePage`` (``base``): a last-reviewed date, its main text for the
search index (``search_text()``) and its schema.org description. Audiences
(``communication.audiences``) tag what is written for whom; one landing page per audience
(``pages``) gathers it. Events and news (``events``, ``news``) share the site-wide list with
region filter and feeds (``lists``); courses, the glossary, the resource-request form and a
region's section page have a module each. Everything is importable from here, where Django
looks for the app's models.
"""

from communication.models.base import SitePage, intro_field
from communication.models.courses import CoursePage, CourseSectionPage, LessonPage
from communication.models.events import EventIndexPage, EventKind, EventPage
from communication.models.glossary import GlossaryPage, GlossaryTerm
from communication.models.lists import FeedIndex
from communication.models.news import NewsIndexPage, NewsItemForm, NewsPage
from communication.models.pages import (
    AudienceLandingPage,
    ContentPage,
    CredentialExplainerPage,
    GuidanceArticlePage,
    HomePage,
)
from communication.models.resource_requests import (
    ResourceRequestField,
    ResourceRequestFormPage,
    ResourceRequestSubmission,
)
from communication.models.sections import RegionSectionPage

__all__ = [
    "AudienceLandingPage",
    "ContentPage",
    "CoursePage",
    "CourseSectionPage",
    "CredentialExplainerPage",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "FeedIndex",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidanceArticlePage",
    "HomePage",
    "LessonPage",
    "NewsIndexPage",
    "NewsItemForm",
    "NewsPage",
    "RegionSectionPage",
    "ResourceRequestField",
    "ResourceRequestFormPage",
    "ResourceRequestSubmission",
    "SitePage",
    "intro_field",
]

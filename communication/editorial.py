"""Editorial workflow: which groups may write, approve and publish which pages, and what is stale.

A page's region decides who may edit it. The top page of a region's part of the site (a region
section page, or any page type with a ``region`` field that is not inside a page of the same
region) gets Wagtail page permissions for the groups that hold a role in that region
(``hub.models.RegionalRole``) and the region's workflow:

- regional developers write: add, edit, lock, submit for moderation;
- regional editors approve (a ``GroupApprovalTask`` of the region's workflow) and publish;
- national editors (a role without region) get the editors' rights on every home page, approve
  in every region's workflow, and approve national pages in the national workflow.

Translations get the access of their source page, also those created later through
wagtail-localize (``mirror_access_to_translation``, connected in ``CommunicationConfig.ready``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import models, transaction
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_default_page_content_type,
    get_page_models,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from branch_models.models import REVIEW_INTERVAL, Region
from hub.models import Role
from hub.workflows import NATIONAL_WORKFLOW, workflow_name

__all__ = [
    "DEVELOPER_PAGE_ACTIONS",
    "EDITOR_PAGE_ACTIONS",
    "grant_national_access",
    "grant_region_page_access",
    "grant_shared_lists",
    "mirror_access_to_translation",
    "pages_due_for_review",
    "region_root_pages",
    "reviewed_on",
    "setup_editorial_workflows",
    "shared_list_pages",
]

DEVELOPER_PAGE_ACTIONS = ("add", "change", "lock")
EDITOR_PAGE_ACTIONS = ("add", "change", "lock", "unlock", "publish")
# On the shared lists (events, news) every regional group may only add: what else they may do
# with an item there follows from the item's region (communication.regional).
SHARED_LIST_ACTIONS = ("add",)


def _page_permissions(actions: Iterable[str]) -> list[Permission]:
    content_type = get_default_page_content_type()
    codenames = [f"{action}_page" for action in actions]
    return list(Permission.objects.filter(content_type=content_type, codename__in=codenames))


def _groups(region: Region | None, role: str) -> list[Group]:
    return list(
        Group.objects.filter(regional_role__region=region, regional_role__role=role).order_by("pk")
    )


def _workflow(name: str, approvers: list[Group]) -> Workflow:
    """Return the active one-step workflow ``name``, approved by exactly ``approvers``."""
    workflow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    link = WorkflowTask.objects.filter(workflow=workflow).select_related("task").first()
    if link is None:
        task = GroupApprovalTask.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        task = link.task.specific
    task.groups.set(approvers)
    return workflow


def _grant(page: Page, grants: dict[Group, list[Permission]], workflow: Workflow) -> int:
    """Give each group its permissions and the workflow on the page and all its translations."""
    written = 0
    for target in page.get_translations(inclusive=True):
        for group, permissions in grants.items():
            for permission in permissions:
                written += GroupPagePermission.objects.get_or_create(
                    group=group, page=target, permission=permission
                )[1]
        link, created = WorkflowPage.objects.get_or_create(
            page=target, defaults={"workflow": workflow}
        )
        if not created and link.workflow_id != workflow.pk:
            link.workflow = workflow
            link.save(update_fields=["workflow"])
            created = True
        written += created
    return written


def _editorial_grants(region: Region | None) -> dict[Group, list[Permission]]:
    developer = _page_permissions(DEVELOPER_PAGE_ACTIONS)
    editor = _page_permissions(EDITOR_PAGE_ACTIONS)
    grants = dict.fromkeys(_groups(region, Role.DEVELOPER), developer)
    grants.update(dict.fromkeys(_groups(region, Role.EDITOR), editor))
    return grants


def grant_region_page_access(page: Page, region: Region) -> int:
    """Let the region's groups work on ``page``'s subtree through the region's workflow.

    Developers may add and edit (and submit for moderation); the region's and the national
    editors approve. Returns how many permission or workflow rows were written (0 when all was
    already in place).
    """
    return _grant(page, _editorial_grants(region), _region_workflow(region))


def _region_workflow(region: Region) -> Workflow:
    approvers = _groups(region, Role.EDITOR) + _groups(None, Role.EDITOR)
    return _workflow(workflow_name(region), approvers)


def shared_list_pages() -> list[Page]:
    """Return the site-wide lists every region writes in (events and news, every locale)."""
    from communication.models import EventIndexPage, NewsIndexPage

    lists = [*EventIndexPage.objects.all(), *NewsIndexPage.objects.all()]
    return [page.page_ptr for page in lists]


def grant_shared_lists() -> int:
    """Let every regional group add items to the shared lists; return rows written."""
    add = _page_permissions(SHARED_LIST_ACTIONS)
    regional = Group.objects.filter(
        regional_role__region__isnull=False,
        regional_role__role__in=(Role.DEVELOPER, Role.EDITOR),
    )
    written = 0
    for page in shared_list_pages():
        for group in regional:
            for permission in add:
                written += GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )[1]
    return written


def grant_national_access(home: Page) -> int:
    """Let national editors edit and publish everything below a home page; they approve there."""
    national = _groups(None, Role.EDITOR)
    return _grant(home, _editorial_grants(None), _workflow(NATIONAL_WORKFLOW, national))


def _region_field_models() -> list[type[Page]]:
    """Return the page models that declare a ``region`` foreign key to ``Region`` themselves."""
    from communication.regional import RegionalItem

    found = []
    for model in get_page_models():
        if issubclass(model, RegionalItem):
            continue  # items in the shared lists carry their region's rights themselves
        field = next((f for f in model._meta.local_fields if f.name == "region"), None)
        if isinstance(field, models.ForeignKey) and field.related_model is Region:
            found.append(model)
    return found


def region_root_pages() -> list[tuple[Page, Region]]:
    """Return the pages at the top of each region's part of the tree, with their region.

    A page with a region counts unless one of its ancestors has the same region, so a region
    section page counts and the events inside it do not. Translations keep their source's
    region, so each locale's copy is listed too.
    """
    tagged: dict[str, tuple[Page, Region]] = {}
    for model in _region_field_models():
        for page in model.objects.filter(
            region__isnull=False, alias_of__isnull=True
        ).select_related("region"):
            tagged[page.path] = (page, page.region)
    roots = []
    for path, (page, region) in sorted(tagged.items()):
        ancestors = (path[:end] for end in range(Page.steplen, len(path), Page.steplen))
        if not any(tagged.get(a, (None, None))[1] == region for a in ancestors):
            roots.append((page, region))
    return roots


def setup_editorial_workflows(log: Callable[[str], object]) -> int:
    """Apply the editorial rules to the whole site; return how many rows were written.

    Idempotent: run it after adding a region, a region section page or a group.
    """
    with transaction.atomic():
        written = 0
        homes = {site.root_page_id for site in Site.objects.all()}
        for home in Page.objects.filter(pk__in=homes):
            written += grant_national_access(home)
        roots = region_root_pages()
        for page, region in roots:
            written += grant_region_page_access(page, region)
        # Every region with editors gets its workflow, also without a section page: its events,
        # news and registry records go through it (hub.workflows).
        regions = Region.objects.filter(
            pk__in=Group.objects.filter(regional_role__region__isnull=False).values(
                "regional_role__region"
            )
        )
        for region in regions:
            _region_workflow(region)
        _workflow(NATIONAL_WORKFLOW, _groups(None, Role.EDITOR))
        written += grant_shared_lists()
    without_groups = sorted(
        {str(region) for _page, region in roots if not _editorial_grants(region)}
    )
    log(
        f"  editorial workflows: {len(homes)} home pages, {len(roots)} region pages, "
        f"permissions and workflow links ({written} written)"
    )
    if without_groups:
        log(
            "  no editors' groups yet for: "
            + ", ".join(without_groups)
            + " (run `manage.py setup_regional_groups`, then this command again)"
        )
    return written


def mirror_access_to_translation(
    sender: object, source_obj: object, target_obj: object, **kwargs: object
) -> None:
    """Give a new translation of a page the groups' permissions and workflow of its source.

    wagtail-localize creates translations (and the missing parents) when an editor chooses
    "Translate this page"; without this, nobody but superusers could edit the English copy of a
    region's page.
    """
    if not isinstance(source_obj, Page) or not isinstance(target_obj, Page):
        return
    for grant in GroupPagePermission.objects.filter(page=source_obj):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=target_obj, permission_id=grant.permission_id
        )
    link = WorkflowPage.objects.filter(page=source_obj).first()
    if link is not None:
        WorkflowPage.objects.update_or_create(page=target_obj, defaults={"workflow": link.workflow})


def _last_reviewed_models() -> list[type[Page]]:
    found = []
    for model in get_page_models():
        field = next((f for f in model._meta.concrete_fields if f.name == "last_reviewed"), None)
        if isinstance(field, models.DateField) and field.model is model:
            found.append(model)
    return found


def pages_due_for_review(user: AbstractBaseUser, today: date | None = None) -> list[Page]:
    """Return the live pages the user may edit whose content is older than the review interval.

    A page is due when its last-reviewed date is more than 12 months old; page types without
    that date (or pages where it was never set) count from their last revision instead.
    Oldest first, as specific pages.
    """
    cutoff = (today or timezone.localdate()) - REVIEW_INTERVAL
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    editable = editable.live().filter(alias_of__isnull=True, depth__gt=1)
    stale_revision = models.Q(latest_revision_created_at__date__lt=cutoff)
    due_ids: set[int] = set()
    reviewed_types = []
    for model in _last_reviewed_models():
        reviewed_types.append(model)
        due_ids.update(
            model.objects.filter(pk__in=editable.type(model).values("pk"))
            .filter(
                models.Q(last_reviewed__lt=cutoff)
                | (models.Q(last_reviewed__isnull=True) & stale_revision)
            )
            .values_list("pk", flat=True)
        )
    others = editable.not_type(*reviewed_types) if reviewed_types else editable
    due_ids.update(others.filter(stale_revision).values_list("pk", flat=True))
    pages = list(Page.objects.filter(pk__in=due_ids).specific())
    return sorted(pages, key=reviewed_on)


def reviewed_on(page: Page) -> date:
    """Return the date a page's content was last confirmed: reviewed, or else last changed."""
    reviewed = getattr(page, "last_reviewed", None)
    if reviewed is not None:
        return reviewed
    changed = page.latest_revision_created_at or page.first_published_at
    return timezone.localdate(changed) if changed else date.min

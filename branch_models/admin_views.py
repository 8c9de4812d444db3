"""Editors' admin views for registry records: regional checks, export, import, workplace copies.

Wagtail's generic views check *model* permissions; a regional editor has those for every
region's records. The views here add the *instance* check (the record's owner region) through
the model's permission policy wherever one record is changed, and save through
``branch_models.services.authorize_save``, the check every other write path uses too.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.utils import quote
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from import_export.formats.base_formats import CSV, JSON, XLSX
from import_export.tmp_storages import MediaStorage
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import StatusFlagColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import Button
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

from branch_models.forms import CopyForWorkplaceForm
from branch_models.importing import (
    FORMATS,
    MAX_UPLOAD_BYTES,
    ImportFileError,
    format_for,
    run_import,
)
from branch_models.models import (
    ACTOR_LACKS_CONTACT,
    Actor,
    ChecklistTemplate,
    Region,
    RegistryRecord,
)
from branch_models.resources import resource_for
from branch_models.services import authorize_save, copy_checklist_for_workplace
from hub.dashboard import REMINDERS
from hub.permissions import ALL_REGIONS, regions_for

__all__ = [
    "CopyForWorkplaceView",
    "DueForReviewPanel",
    "ImportView",
    "MissingContactsPanel",
    "ReadOnlyColumn",
    "RecordCopyView",
    "RecordCreateView",
    "RecordDeleteView",
    "RecordEditView",
    "RecordIndexView",
    "RecordInspectView",
    "RecordRevisionsUnscheduleView",
    "RecordUnpublishView",
]

EXPORT_FORMATS = {"csv": CSV, "xlsx": XLSX, "json": JSON}
IMPORT_SALT = "branch_models.import"


def _policy_allows(request: HttpRequest, action: str, record: RegistryRecord) -> bool:
    return policy_registry.get(record).user_has_permission_for_instance(
        request.user, action, record
    )


class RegionalRecordMixin:
    """Refuse a view that changes one record unless the user may act in its owner region.

    The record judged is the one stored in the database (the edit view's ``live_object``),
    never a draft's content, so a draft cannot move a record into reach.
    """

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Check the record's region before Wagtail's own checks and the view run."""
        record = getattr(self, "live_object", None) or self.object
        if not _policy_allows(request, self.permission_required, record):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AuthorizedSaveMixin:
    """Validate the form, then ask ``authorize_save`` whether this user may save (and publish)
    the record with the region it now has; a refusal is shown on the form, nothing is saved."""

    def is_valid(self, form: forms.Form) -> bool:
        """Add a permission refusal to the form's errors."""
        if not super().is_valid(form):
            return False
        try:
            authorize_save(
                self.request.user,
                form.instance,
                stored=getattr(self, "live_object", None),
                publish=self.action == "publish",
            )
        except PermissionDenied as denied:
            form.add_error("owner_region" if "owner_region" in form.fields else None, str(denied))
            self.produced_error_code = "permission_denied"
            self.produced_error_message = str(denied)
            return False
        return True


class RecordCreateView(AuthorizedSaveMixin, snippet_views.CreateView):
    """Create a record in one of the user's regions."""


class RecordCopyView(CopyViewMixin, RecordCreateView):
    """Copy a record (any the user may view) into a new record in one of the user's regions."""

    def get_initial_form_instance(self) -> RegistryRecord:
        """Start the copy without the original's slug, which must stay unique."""
        instance = super().get_initial_form_instance()
        instance.slug = ""
        return instance


class RecordEditView(RegionalRecordMixin, AuthorizedSaveMixin, snippet_views.EditView):
    """Edit a record of one of the user's regions; publish only where the user approves."""

    def get_available_actions(self) -> list[str]:
        """Offer publishing only to editors of the record's region."""
        actions = super().get_available_actions()
        if "publish" in actions and not _policy_allows(self.request, "publish", self.live_object):
            actions.remove("publish")
        return actions

    @cached_property
    def can_delete(self) -> bool:
        """Judge deleting by the stored record (a draft may not be live, the record may be)."""
        return _policy_allows(self.request, "delete", self.live_object)


class RecordDeleteView(RegionalRecordMixin, snippet_views.DeleteView):
    """Delete a record of one of the user's regions (a published one takes an editor)."""


class RecordUnpublishView(RegionalRecordMixin, snippet_views.UnpublishView):
    """Unpublish a record: an editor of its region only."""


class RecordRevisionsUnscheduleView(RegionalRecordMixin, snippet_views.RevisionsUnscheduleView):
    """Cancel a scheduled publication: an editor of its region only."""


class RecordInspectView(snippet_views.InspectView):
    """Show a record to anyone who may view it; offer editing only where the user may edit."""

    def get_edit_url(self) -> str | None:
        """Link to the edit view only for records of the user's regions."""
        if _policy_allows(self.request, "change", self.object):
            return super().get_edit_url()
        return None

    def get_delete_url(self) -> str | None:
        """Link to the delete view only when the user may delete this record."""
        if _policy_allows(self.request, "delete", self.object):
            return super().get_delete_url()
        return None

    def get_field_display_value(self, field_name: str, field: Any) -> Any:
        """Show lists kept in JSON fields as text, not as Python lists."""
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, list):
            return (
                "; ".join(
                    f"{item.get('title', '')} ({len(item.get('items', []))})"
                    if isinstance(item, dict)
                    else str(item)
                    for item in value
                )
                or "-"
            )
        return value


class ReadOnlyColumn(StatusFlagColumn):
    """Mark, in words, the rows the current user may view but not change."""

    def __init__(self) -> None:
        super().__init__(
            "read_only", label=gettext_lazy("Access"), true_label=gettext_lazy("Read only")
        )

    def get_cell_context_data(
        self, instance: Any, parent_context: dict[str, Any]
    ) -> dict[str, Any]:
        """Ask the permission policy about this row for the current user."""
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = not _policy_allows(parent_context["request"], "change", instance)
        return context


class RecordIndexView(snippet_views.IndexView):
    """List records with edit links only where allowed; import; export what the list shows."""

    FORMATS = tuple(FORMATS)
    import_url_name: str | None = None

    def get_base_queryset(self) -> Any:
        """Read the owner region with each row (shown, and asked by every permission check)."""
        return super().get_base_queryset().select_related("owner_region")

    def get_edit_url(self, instance: RegistryRecord) -> str | None:
        """Link rows to the edit view only where the user may edit; others go to inspect."""
        if _policy_allows(self.request, "change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance: RegistryRecord) -> str | None:
        """Offer deleting only where the user may delete."""
        if _policy_allows(self.request, "delete", instance):
            return super().get_delete_url(instance)
        return None

    @cached_property
    def show_export_buttons(self) -> bool:
        """Replace Wagtail's CSV/XLSX buttons with the import-export formats (below)."""
        return False

    @cached_property
    def header_more_buttons(self) -> list[Button]:
        """Add Import (for writers) and Export in each format (of the filtered list)."""
        buttons = list(super().header_more_buttons)
        if self.import_url_name and self.user_has_any_permission(["add", "change"]):
            buttons.append(
                Button(
                    _("Import"), url=reverse(self.import_url_name), icon_name="upload", priority=80
                )
            )
        for priority, name in enumerate(self.FORMATS, start=90):
            buttons.append(
                Button(
                    _("Export %(format)s") % {"format": name.upper()},
                    url=self.get_export_url(name),
                    icon_name="download",
                    priority=priority,
                )
            )
        return buttons

    def as_spreadsheet(self, queryset: Any, spreadsheet_format: str) -> HttpResponse:
        """Export exactly the listed records (filters and search applied) with the resource."""
        dataset = resource_for(self.model).export(queryset)
        file_format = EXPORT_FORMATS[spreadsheet_format]()
        content = file_format.export_data(dataset)
        if spreadsheet_format == "csv":
            content = "\ufeff" + content  # a BOM, so Excel reads Swedish letters as UTF-8
        response = HttpResponse(content, content_type=file_format.get_content_type())
        filename = f"{self.model._meta.model_name}.{file_format.get_extension()}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class ImportForm(forms.Form):
    """The file to import."""

    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "CSV (UTF-8, comma or semicolon separated), XLSX or JSON, with the columns of an "
            "export. Rows are matched by slug: new slugs create records, known slugs update them."
        ),
    )

    def clean_file(self) -> Any:
        """Accept the three formats and at most 20 MB."""
        upload = self.cleaned_data["file"]
        try:
            self.file_format = format_for(upload.name)
        except ImportFileError as error:
            raise ValidationError(str(error)) from None
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 20 MB: split it into smaller files."))
        return upload


class ImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a file, see a dry run of every row, then confirm to write it all or nothing."""

    any_permission_required = ["add", "change"]
    template_name = "branch_models/admin/import.html"
    form_class = ImportForm
    model: type[RegistryRecord] | None = None
    index_url_name: str | None = None
    import_url_name: str | None = None
    header_icon = "upload"

    def get_page_title(self) -> str:
        """Name what is imported."""
        return _("Import %(models)s") % {"models": self.model._meta.verbose_name_plural}

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        """Lead back to the list."""
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": str(self.model._meta.verbose_name_plural).capitalize(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Run the dry run for an upload, or the import for a confirmed dry run."""
        if "token" in request.POST:
            return self.confirm(request.POST["token"])
        return super().post(request, *args, **kwargs)

    def form_valid(self, form: ImportForm) -> HttpResponse:
        """Keep the upload, dry-run it and show what would happen."""
        storage = MediaStorage(read_mode="rb")
        storage.save(form.cleaned_data["file"].read())
        report = self.run(storage, form.file_format, dry_run=True)
        token = None
        if not report.has_errors and (report.totals["new"] or report.totals["update"]):
            token = signing.dumps(
                {
                    "name": storage.name,
                    "format": form.file_format,
                    "user": self.request.user.pk,
                    "model": self.model._meta.label,
                },
                salt=IMPORT_SALT,
            )
        else:
            storage.remove()
        return self.render_to_response(self.get_context_data(form=form, report=report, token=token))

    def confirm(self, token: str) -> HttpResponse:
        """Import the file the user saw the dry run of; report and write nothing on errors."""
        try:
            data = signing.loads(token, salt=IMPORT_SALT, max_age=3600)
        except signing.BadSignature:
            messages.error(self.request, _("The preview has expired: upload the file again."))
            return redirect(self.import_url_name)
        if data["user"] != self.request.user.pk or data["model"] != self.model._meta.label:
            raise PermissionDenied
        storage = MediaStorage(name=data["name"], read_mode="rb")
        try:
            report = self.run(storage, data["format"], dry_run=False)
        finally:
            storage.remove()
        if report.committed:
            messages.success(
                self.request,
                _("Imported: %(new)s new, %(update)s changed, %(skip)s unchanged.")
                % {key: report.totals[key] for key in ("new", "update", "skip")},
            )
            return redirect(self.index_url_name)
        return self.render_to_response(
            self.get_context_data(form=self.get_form_class()(), report=report)
        )

    def run(self, storage: MediaStorage, file_format: str, *, dry_run: bool) -> Any:
        """Run the import from the stored upload (at most 20 MB), as the current user."""
        return run_import(
            resource_for(self.model, self.request.user),
            storage.read(),
            file_format,
            dry_run=dry_run,
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Tell the template the columns of this kind of record."""
        context = super().get_context_data(**kwargs)
        context["columns"] = resource_for(self.model).get_export_headers()
        context["model_opts"] = self.model._meta
        context["action_url"] = reverse(self.import_url_name)
        context["index_url"] = reverse(self.index_url_name)
        return context


class CopyForWorkplaceView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Copy a checklist template for one workplace, owned by one of the user's regions."""

    permission_required = "add"
    model = ChecklistTemplate
    template_name = "branch_models/admin/copy_for_workplace.html"
    form_class = CopyForWorkplaceForm
    header_icon = "copy"
    edit_url_name: str | None = None
    index_url_name: str | None = None

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        """Load the template to copy (any the user may view)."""
        super().setup(request, *args, **kwargs)
        self.template = get_object_or_404(ChecklistTemplate, pk=kwargs["pk"])

    def get_page_title(self) -> str:
        """Say what is copied."""
        return _("Copy for a workplace")

    def get_page_subtitle(self) -> str:
        """Name the template."""
        return str(self.template)

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        """Lead back to the checklists."""
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": str(ChecklistTemplate._meta.verbose_name_plural).capitalize(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self) -> dict[str, Any]:
        """Offer the user's regions, the template's first if the user writes there."""
        kwargs = super().get_form_kwargs()
        regions = regions_for(self.request.user)
        choices = Region.objects.all()
        if regions is not ALL_REGIONS:
            choices = choices.filter(pk__in=regions)
        kwargs["regions"] = choices
        initial = self.template.owner_region_id
        if regions is ALL_REGIONS or initial in regions:
            kwargs.setdefault("initial", {})["owner_region"] = initial
        return kwargs

    def form_valid(self, form: CopyForWorkplaceForm) -> HttpResponse:
        """Make the copy and open it for tailoring."""
        try:
            copy = copy_checklist_for_workplace(
                self.request.user,
                self.template,
                form.cleaned_data["workplace"],
                form.cleaned_data["owner_region"],
            )
        except (PermissionDenied, ValidationError) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Copy “%(copy)s” created as a draft: tailor it for the workplace.") % {"copy": copy},
        )
        return HttpResponseRedirect(reverse(self.edit_url_name, args=(quote(copy.pk),)))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Give the template what it copies."""
        context = super().get_context_data(**kwargs)
        context["template_record"] = self.template
        context["action_url"] = self.request.path
        return context


class MissingContactsPanel(Component):
    """Dashboard panel: actors the user keeps whose contact card cannot say how to reach them.

    The route finder shows a contact card for the nearest actor of each kind; without a phone
    number or e-mail, or an address or website, it can only send the reader to search.
    """

    name = "missing_contacts"
    template_name = "branch_models/admin/missing_contacts_panel.html"
    order = REMINDERS + 3
    shown = 5

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
        """Count and list the published actors the user may edit that lack contact details."""
        viewset = Actor.snippet_viewset
        policy = policy_registry.get_by_type(Actor)
        actors = (
            policy.instances_user_has_any_permission_for(self.request.user, ["change"])
            .filter(ACTOR_LACKS_CONTACT, live=True)
            .order_by("name")
        )
        count = actors.count()
        return {
            "count": count,
            "actors": [
                (actor, reverse(viewset.get_url_name("edit"), args=(quote(actor.pk),)))
                for actor in actors[: self.shown]
            ],
            "list_url": reverse(viewset.get_url_name("list"))
            + "?contact_missing=true&editable=true&live=true",
            "request": self.request,
        }


class DueForReviewPanel(Component):
    """Dashboard panel: the records the user keeps that nobody has reviewed for 12 months."""

    name = "due_for_review"
    template_name = "branch_models/admin/due_for_review_panel.html"
    order = REMINDERS + 2
    per_type = 5

    def __init__(self, request: HttpRequest, viewsets: list[Any]) -> None:
        self.request = request
        self.viewsets = viewsets

    def get_context_data(self, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
        """Count and list, per record type, overdue records the user may edit."""
        groups = []
        for viewset in self.viewsets:
            policy = policy_registry.get_by_type(viewset.model)
            records = policy.instances_user_has_any_permission_for(
                self.request.user, ["change"]
            ).due_for_review()
            count = records.count()
            if count:
                oldest = records.select_related("owner_region").order_by("last_reviewed", "pk")[
                    : self.per_type
                ]
                groups.append(
                    {
                        "label": viewset.model._meta.verbose_name_plural,
                        "count": count,
                        "records": [
                            (
                                record,
                                reverse(viewset.get_url_name("edit"), args=(quote(record.pk),)),
                            )
                            for record in oldest
                        ],
                        "list_url": reverse(viewset.get_url_name("list"))
                        + "?review_due=true&editable=true",
                    }
                )
        return {"groups": groups, "request": self.request}

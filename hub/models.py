"""Users' regional roles: which region's content a group of editors may write or approve."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

__all__ = ["Organisation", "PluginIncident", "RegionalRole", "Role"]


class Role(models.TextChoices):
    """What members of a group may do with their region's content."""

    DEVELOPER = "developer", _("Regional developer (writes)")
    EDITOR = "editor", _("Regional editor (approves and publishes)")


class RegionalRole(models.Model):
    """Give a Django group a role in one region, or nationally when the region is empty.

    Permissions stay on Django groups (so Wagtail's admin understands them); this row only says
    *where* they apply. A user's regions are the union of their groups' regions.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="regional_role", verbose_name=_("group")
    )
    region = models.ForeignKey(
        "branch_models.Region",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="roles",
        verbose_name=_("region"),
        help_text=_("Empty means national: the role applies to every region."),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)

    class Meta:
        verbose_name = _("regional role")
        verbose_name_plural = _("regional roles")

    def __str__(self) -> str:
        where = self.region or _("national")
        return f"{self.group} – {self.get_role_display()} ({where})"


class PluginIncident(models.Model):
    """The latest failure of a plugin's hook, for the admin's plugin health panel.

    Kept in the database (not in memory) so that every web process shows the same health. The
    full traceback goes to the log; this row holds the summary an administrator reads.
    """

    plugin = models.CharField(_("plugin"), max_length=64, unique=True)
    hook = models.CharField(_("hook"), max_length=200)
    message = models.TextField(_("message"))
    count = models.PositiveIntegerField(_("failures"), default=0)
    first_seen = models.DateTimeField(_("first failure"))
    last_seen = models.DateTimeField(_("latest failure"))

    class Meta:
        ordering = ["plugin"]
        verbose_name = _("plugin incident")
        verbose_name_plural = _("plugin incidents")

    def __str__(self) -> str:
        return f"{self.plugin}: {self.hook}"


@register_setting(icon="site")
class Organisation(BaseSiteSetting):
    """Who runs the site and how to reach them, as the public pages state it.

    The accessibility statement, the privacy page and the contact page name the organisation
    and its contact details from here; left empty, they say what is missing instead of showing
    an invented address. The About page chosen here is linked from every page's footer.
    """

    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("The organisation responsible for the website, e.g. a region or municipality."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Where visitors write about the website, accessibility and personal data."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",  # no reverse accessor on Page
        verbose_name=_("About page"),
        help_text=_("Linked from the footer of every page, in each language it is translated to."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("about_page"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")

    @property
    def has_contact_details(self) -> bool:
        """Whether visitors can reach the organisation by any means given here."""
        return bool(self.email or self.phone or self.postal_address)
